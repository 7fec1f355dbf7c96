import { authorizeAction } from "@/lib/server/auth/guards";
import { isAppError, userMessageFor } from "@/lib/server/errors";
import { exportGradebookCsv } from "@/lib/server/services/teach/gradebook/export-gradebook-csv";

/**
 * GET /teach/classes/:classId/gradebook/export?rows=assignments|responses — the
 * gradebook as a CSV download. The service checks that the caller teaches the
 * class (someone else's class is a 404 like a missing one).
 */
export async function GET(request: Request, { params }: { params: Promise<{ classId: string }> }): Promise<Response> {
  const rows = new URL(request.url).searchParams.get("rows") ?? "assignments";
  try {
    const user = await authorizeAction(["teacher", "admin"]);
    const file = await exportGradebookCsv(user, (await params).classId, rows);
    return new Response(file.body, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    const status = isAppError(error) ? error.status : 500;
    return new Response(userMessageFor(error, "export-gradebook-csv"), { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
}
