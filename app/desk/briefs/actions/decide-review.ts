"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { approveReview, requestChanges } from "@/lib/review/decide-review";

/** The checklist as the form sends it: `check:quote:q1` = on, `note:quote:q1` = text. */
function checksFrom(formData: FormData) {
  const items = String(formData.get("items") ?? "").split(",").filter(Boolean);
  return items.map((item) => {
    const [itemKind, itemRef] = item.split(":") as ["quote" | "event" | "claim", string];
    return { itemKind, itemRef, checked: formData.get(`check:${item}`) === "on", note: String(formData.get(`note:${item}`) ?? "") };
  });
}

export async function approveReviewAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const result = await approveReview(actor, { reviewId: formData.get("reviewId"), checks: checksFrom(formData), message: formData.get("message") ?? "" });
    revalidatePath(`/desk/briefs/${result.briefId}`);
    return result.selfApproved ? "Approved (self-approval: the publication will say so)." : "Approved.";
  });
}

export async function requestChangesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const result = await requestChanges(actor, { reviewId: formData.get("reviewId"), checks: checksFrom(formData), message: formData.get("message") ?? "" });
    revalidatePath(`/desk/briefs/${result.briefId}`);
    return "Sent back to the author with your message.";
  });
}
