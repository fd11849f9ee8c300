"use server";

import { revalidatePath } from "next/cache";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";

export async function createApiTokenAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const created = await createApiToken(actor, { name: formData.get("name"), expiresInDays: formData.get("expiresInDays") });
    revalidatePath("/desk/account/tokens");
    return { message: `Token “${created.name}” created. Copy it now: it is shown only once.`, secret: created.token };
  });
}
