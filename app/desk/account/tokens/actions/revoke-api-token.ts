"use server";

import { revalidatePath } from "next/cache";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";

export async function revokeApiTokenAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    await revokeApiToken(actor, { tokenId: formData.get("tokenId") });
    revalidatePath("/desk/account/tokens");
    return "The token is revoked: it no longer works.";
  });
}
