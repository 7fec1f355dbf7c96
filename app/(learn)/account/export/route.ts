import { authorizeAction } from "@/lib/server/auth/guards";
import { respondWithDownload } from "@/lib/server/file-download";
import { exportMyData } from "@/lib/server/services/learn/export-my-data";
import { learnerTimeZone } from "../../learner-time-zone";

/**
 * GET /account/export?format=json|csv — the learner's own data as a file
 * download. A route handler, not a page, so the browser saves the body.
 */
export async function GET(request: Request): Promise<Response> {
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  return respondWithDownload("export-my-data", async () => exportMyData(await authorizeAction(), format, { timeZone: await learnerTimeZone() }));
}
