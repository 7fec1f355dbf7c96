import "server-only";
import { isAppError, userMessageFor } from "@/lib/server/errors";

/** A file a service produced for download: what the browser saves. */
export type DownloadFile = { filename: string; contentType: string; body: string };

/**
 * Runs `produce` and answers with its file as an attachment (never cached),
 * or with the user-safe error message and the error's status as plain text.
 * For GET route handlers whose whole job is a download.
 */
export async function respondWithDownload(context: string, produce: () => Promise<DownloadFile>): Promise<Response> {
  try {
    const file = await produce();
    return new Response(file.body, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    const status = isAppError(error) ? error.status : 500;
    return new Response(userMessageFor(error, context), { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
}
