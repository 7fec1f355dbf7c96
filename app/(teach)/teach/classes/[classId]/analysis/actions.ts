"use server";

import { revalidatePath } from "next/cache";
import { countLabel } from "@/lib/format/count-label";
import { authorizeAction } from "@/lib/server/auth/guards";
import { userMessageFor } from "@/lib/server/errors";
import { assignWeakestReview } from "@/lib/server/services/teach/analysis/assign-weakest-review";
import { idSchema } from "@/lib/validation/gradebook";

export type AssignReviewState =
  | { ok: false; message?: string }
  | { ok: true; message: string; assignmentHref: string };

/** "Assign a review of the weakest facts": authorises again, then one service call (which checks the class is the teacher's). */
export async function assignWeakestReviewAction(_previous: AssignReviewState, formData: FormData): Promise<AssignReviewState> {
  const classId = idSchema.safeParse(formData.get("classId"));
  if (!classId.success) return { ok: false, message: "We could not tell which class this is. Reload the page and try again." };
  try {
    const user = await authorizeAction(["teacher", "admin"]);
    const created = await assignWeakestReview(user, classId.data);
    revalidatePath(`/teach/classes/${classId.data}`);
    return {
      ok: true,
      message: created.isExisting
        ? `“${created.title}” already covers ${created.factSlugs.length === 1 ? "this fact" : "these facts"}: your students have it.`
        : `Assigned “${created.title}” on ${countLabel(created.factSlugs.length, "fact")}, due in 7 days. Students have been notified.`,
      assignmentHref: `/teach/classes/${classId.data}/assignments/${created.assignmentId}`,
    };
  } catch (error) {
    return { ok: false, message: userMessageFor(error, "assign-weakest-review") };
  }
}
