"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { deleteVerdictRating } from "@/lib/verdicts/delete-verdict-rating";

export async function deleteVerdictRatingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const rating = await deleteVerdictRating(actor, { ratingId: formData.get("ratingId") });
    const message = `“${rating.name}” deleted.`;
    revalidatePath("/desk/admin/verdicts");
    revalidatePath("/about");
    return message;
  });
}
