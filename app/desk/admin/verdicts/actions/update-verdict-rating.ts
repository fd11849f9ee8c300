"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { updateVerdictRating } from "@/lib/verdicts/update-verdict-rating";
import { ratingFormInput } from "@/lib/verdicts/schemas";

export async function updateVerdictRatingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const rating = await updateVerdictRating(actor, ratingFormInput(formData));
    const message = `“${rating.name}” saved. Published verdicts keep the words they were published with.`;
    revalidatePath("/desk/admin/verdicts");
    revalidatePath("/about");
    return message;
  });
}
