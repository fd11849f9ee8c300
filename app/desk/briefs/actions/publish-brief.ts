"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { publishBrief } from "@/lib/publishing/publish-brief";
import { formatMoment } from "@/lib/text/format-moment";

export const publishBriefAction = deskAction(publishBrief, {
  fromForm: (form) => {
    const kind = form.optional("correctionKind");
    // A cosmetic change carries no public note, whatever the note fields hold.
    const cosmetic = form.checked("cosmetic");
    return {
      briefId: form.text("briefId"),
      cosmetic: cosmetic || undefined,
      correction: kind && !cosmetic ? { kind: kind as never, note: form.text("correctionNote") } : undefined,
      // The browser turns the local date and time into an instant (see the publish form).
      scheduledFor: form.text("when") === "later" ? form.text("scheduledFor") : undefined,
    };
  },
  revalidate: () => [["/", "layout"]],
  success: (result, { scheduledFor }) =>
    scheduledFor !== undefined
      ? `Scheduled: version ${result.version} appears to readers on ${formatMoment(result.publishedAt)}.`
      : `Published (version ${result.version}).`,
});
