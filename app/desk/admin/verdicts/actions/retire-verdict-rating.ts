"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { setVerdictRatingRetired } from "@/lib/verdicts/retire-verdict-rating";

export async function retireVerdictRatingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const retire = formData.get("retire") === "true";
    const rating = await setVerdictRatingRetired(actor, { ratingId: formData.get("ratingId") }, retire);
    const message = retire ? `“${rating.name}” retired: it stays on the claims that have it and can no longer be chosen.` : `“${rating.name}” can be chosen again.`;
    revalidatePath("/desk/admin/verdicts");
    revalidatePath("/about");
    return message;
  });
}
