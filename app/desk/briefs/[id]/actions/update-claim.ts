"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { updateClaim } from "@/lib/claims/update-claim";
import { claimFormInput } from "@/lib/claims/schemas";
import { toActionState, type ActionState } from "@/lib/forms/action-state";

export async function updateClaimAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const { claim } = await updateClaim(actor, claimFormInput(formData));
    revalidatePath(`/desk/briefs/${claim.briefId}`);
    revalidatePath(`/desk/briefs/${claim.briefId}/items`);
    return `Claim ${claim.ref} saved.`;
  });
}
