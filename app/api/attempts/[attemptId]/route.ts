import { authorizeAction } from "@/lib/server/auth/guards";
import { getAttemptView } from "@/lib/server/services/learn/get-attempt-view";
import { jsonFromError, jsonOk } from "../_lib/json-route";

type RouteContext = { params: Promise<{ attemptId: string }> };

/**
 * GET /api/attempts/:attemptId — the attempt as the learner may see it now
 * (`AttemptView`: items without keys, feedback only where allowed).
 * 401 signed out, 404 unknown attempt or someone else's.
 */
export async function GET(_request: Request, context: RouteContext): Promise<Response> {
  try {
    const user = await authorizeAction();
    const { attemptId } = await context.params;
    return jsonOk(await getAttemptView(user, attemptId));
  } catch (error) {
    return jsonFromError(error, "get-attempt");
  }
}
