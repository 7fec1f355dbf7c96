import { authorizeAction } from "@/lib/server/auth/guards";
import { LEARN_LIMITS } from "@/lib/validation/learn";
import { jsonError, jsonFromError, jsonOk, readJsonObject, RequestRefused } from "@/app/api/attempts/_lib/json-route";

/**
 * POST /api/bench/signed-in — what every signed-in write pays before its own
 * work: the JSON body read as the answers API reads it, and the session
 * checked (cookie decoded, session row read). `npm run bench` measures the
 * answers API against it and against /api/bench/bare in the same run. Only
 * when GROUNDWORK_BENCH=1; otherwise 404, like any unknown path.
 */
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  if (process.env.GROUNDWORK_BENCH !== "1") return new Response(null, { status: 404 });
  try {
    await readJsonObject(request, LEARN_LIMITS.maxBodyBytes);
    const user = await authorizeAction();
    return jsonOk({ ok: true, userId: user.id });
  } catch (error) {
    if (error instanceof RequestRefused) return jsonError(error.status, error.message, error.field);
    return jsonFromError(error, "bench-signed-in");
  }
}
