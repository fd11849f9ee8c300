"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { moveVerdictRating } from "@/lib/verdicts/move-verdict-rating";

export async function moveVerdictRatingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const rating = await moveVerdictRating(actor, { ratingId: formData.get("ratingId"), direction: formData.get("direction") });
    const message = `“${rating.name}” moved.`;
    revalidatePath("/desk/admin/verdicts");
    revalidatePath("/about");
    return message;
  });
}
