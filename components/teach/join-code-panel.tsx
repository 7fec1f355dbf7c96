import { Card } from "@/components/ui/card";
import { ConfirmActionForm } from "./confirm-action-form";
import { CopyButtons } from "./copy-buttons";
import type { FormAction } from "./types";

/**
 * The class code in large type (to read aloud or copy from the board), the
 * join link with copy buttons, and rotating the code behind a confirmation.
 * An archived class shows its code but offers no link to share or code to
 * make: neither would let anyone join (UX review).
 */
export function JoinCodePanel({
  classId,
  joinCode,
  joinUrl,
  isArchived,
  rotateAction,
}: {
  classId: string;
  joinCode: string;
  joinUrl: string;
  isArchived: boolean;
  rotateAction: FormAction;
}) {
  return (
    <Card aria-labelledby="join-code-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="join-code-heading" className="text-xl font-bold">
          Class code
        </h2>
        <p className="text-muted">
          {isArchived
            ? "This class is archived: the code does not let anyone join until you restore it."
            : "Students go to Join a class and type this code, or open the link. Capitals, spaces and the dash do not matter."}
        </p>
      </div>
      <p className="break-all font-mono text-4xl font-bold tracking-[0.15em] sm:text-5xl">
        <span id="join-code" aria-hidden="true">
          {joinCode}
        </span>
        {/* Spelled out, so a screen reader reads it symbol by symbol rather than as words. */}
        <span className="sr-only">{joinCode.split("").join(" ")}</span>
      </p>
      {isArchived ? null : (
        <>
          <p className="flex flex-col gap-1">
            <span className="font-semibold">Join link</span>
            <a id="join-link" href={joinUrl} className="flex min-h-11 items-center break-all text-brand underline underline-offset-4">
              {joinUrl}
            </a>
          </p>
          <CopyButtons
            items={[
              { label: "Copy code", text: joinCode, copiedMessage: "Code copied." },
              { label: "Copy link", text: joinUrl, copiedMessage: "Link copied." },
            ]}
          />
          <ConfirmActionForm
            id="rotate-code"
            action={rotateAction}
            fields={{ classId }}
            openLabel="Get a new code"
            question={<p>Make a new code and link? The current code and link stop working at once; students already in the class stay in it.</p>}
            confirmLabel="Yes, make a new code"
            tone="secondary"
          />
        </>
      )}
    </Card>
  );
}
