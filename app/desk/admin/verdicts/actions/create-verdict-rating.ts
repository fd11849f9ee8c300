"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { createVerdictRating } from "@/lib/verdicts/create-verdict-rating";
import { ratingFormInput } from "@/lib/verdicts/schemas";

export async function createVerdictRatingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const rating = await createVerdictRating(actor, ratingFormInput(formData));
    const message = `“${rating.name}” added to the scale.`;
    revalidatePath("/desk/admin/verdicts");
    revalidatePath("/about");
    return message;
  });
}
