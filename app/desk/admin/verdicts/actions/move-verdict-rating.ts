"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { moveVerdictRating } from "@/lib/verdicts/move-verdict-rating";

export async function moveVerdictRatingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  return toActionState(formData, async () => {
    const rating = await moveVerdictRating(actor, { ratingId: formData.get("ratingId"), direction: formData.get("direction") });
    const message = `“${rating.name}” moved.`;
    revalidatePath("/desk/admin/verdicts");
    revalidatePath("/about");
    return message;
  });
}
