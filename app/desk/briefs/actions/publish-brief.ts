"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { publishBrief } from "@/lib/publishing/publish-brief";
import { formatMoment } from "@/lib/text/format-moment";

export async function publishBriefAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const briefId = String(formData.get("briefId"));
  const kind = formData.get("correctionKind");
  // A cosmetic change carries no public note, whatever the note fields hold.
  const cosmetic = formData.get("cosmetic") === "on";
  // The browser turns the local date and time into an instant (see the publish form).
  const scheduledFor = formData.get("when") === "later" ? (formData.get("scheduledFor") ?? "") : undefined;
  return toActionState(formData, async () => {
    const actor = await getActor();
    const result = await publishBrief(actor, {
      briefId,
      cosmetic: cosmetic || undefined,
      correction: kind && !cosmetic ? { kind, note: formData.get("correctionNote") ?? "" } : undefined,
      scheduledFor,
    });
    revalidatePath("/", "layout");
    return scheduledFor
      ? `Scheduled: version ${result.version} appears to readers on ${formatMoment(result.publishedAt)}.`
      : `Published (version ${result.version}).`;
  });
}
