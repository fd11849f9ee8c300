"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { addClaim } from "@/lib/claims/add-claim";
import { claimFormInput } from "@/lib/claims/schemas";
import { toActionState, type ActionState } from "@/lib/forms/action-state";

export async function addClaimAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const { claim } = await addClaim(actor, claimFormInput(formData));
    revalidatePath(`/desk/briefs/${claim.briefId}`);
    revalidatePath(`/desk/briefs/${claim.briefId}/items`);
    return `Claim ${claim.ref} added.`;
  });
}
