"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { submitForReview } from "@/lib/review/submit-for-review";

export async function submitForReviewAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const briefId = String(formData.get("briefId"));
  return toActionState(formData, async () => {
    const actor = await getActor();
    const { warnings } = await submitForReview(actor, { briefId, baseVersion: formData.get("baseVersion"), reviewerId: formData.get("reviewerId") || null });
    revalidatePath(`/desk/briefs/${briefId}`);
    return ["Submitted for review.", ...warnings.map((w) => w.message)].join(" ");
  });
}
