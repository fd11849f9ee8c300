"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { removeClaim } from "@/lib/claims/remove-claim";
import { toActionState, type ActionState } from "@/lib/forms/action-state";

export async function removeClaimAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const briefId = formData.get("briefId");
    const { ref } = await removeClaim(actor, { briefId, claimId: formData.get("claimId") });
    revalidatePath(`/desk/briefs/${briefId}`);
    revalidatePath(`/desk/briefs/${briefId}/items`);
    return `Claim ${ref} removed.`;
  });
}
