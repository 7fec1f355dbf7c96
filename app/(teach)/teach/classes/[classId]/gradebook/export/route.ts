import { authorizeAction } from "@/lib/server/auth/guards";
import { respondWithDownload } from "@/lib/server/file-download";
import { exportGradebookCsv } from "@/lib/server/services/teach/gradebook/export-gradebook-csv";

/**
 * GET /teach/classes/:classId/gradebook/export?rows=assignments|responses — the
 * gradebook as a CSV download. The service checks that the caller teaches the
 * class (someone else's class is a 404 like a missing one).
 */
export async function GET(request: Request, { params }: { params: Promise<{ classId: string }> }): Promise<Response> {
  const rows = new URL(request.url).searchParams.get("rows") ?? "assignments";
  return respondWithDownload("export-gradebook-csv", async () => exportGradebookCsv(await authorizeAction(["teacher", "admin"]), (await params).classId, rows));
}
