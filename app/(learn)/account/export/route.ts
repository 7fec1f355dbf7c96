import { authorizeAction } from "@/lib/server/auth/guards";
import { userMessageFor, isAppError } from "@/lib/server/errors";
import { exportMyData } from "@/lib/server/services/learn/export-my-data";

/**
 * GET /account/export?format=json|csv — the learner's own data as a file
 * download. A route handler, not a page, so the browser saves the body.
 */
export async function GET(request: Request): Promise<Response> {
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  try {
    const user = await authorizeAction();
    const file = await exportMyData(user, format);
    return new Response(file.body, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    const status = isAppError(error) ? error.status : 500;
    return new Response(userMessageFor(error, "export-my-data"), { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
}
