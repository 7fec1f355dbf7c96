import { authorizeAction } from "@/lib/server/auth/guards";
import { submitAnswer } from "@/lib/server/services/learn/submit-answer";
import { LEARN_LIMITS } from "@/lib/validation/learn";
import { jsonError, jsonFromError, jsonOk, readJsonObject, RequestRefused } from "../../_lib/json-route";

type RouteContext = { params: Promise<{ attemptId: string }> };

/**
 * POST /api/attempts/:attemptId/answers — answer one item.
 * Body: `{ itemId | position, response, idempotencyKey, timeMs? }` (≤ 16 kB).
 * 200 `SubmitAnswerResult` (also for a repeated idempotencyKey: `isDuplicate: true`);
 * 400/413/415 invalid body, 401 signed out, 404 unknown attempt or item, 409 already answered or submitted.
 */
export async function POST(request: Request, context: RouteContext): Promise<Response> {
  try {
    // Size first: no body is parsed, and no session decoded, for an oversized request.
    const body = await readJsonObject(request, LEARN_LIMITS.maxBodyBytes);
    const user = await authorizeAction();
    const { attemptId } = await context.params;
    return jsonOk(await submitAnswer(user, { ...body, attemptId }));
  } catch (error) {
    if (error instanceof RequestRefused) return jsonError(error.status, error.message, error.field);
    return jsonFromError(error, "submit-answer");
  }
}
