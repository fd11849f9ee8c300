"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { proposeSource } from "@/lib/sources/propose-source";
import { proposalFieldsFrom } from "../source-form-data";

export async function proposeSourceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const source = await proposeSource(actor, proposalFieldsFrom(formData));
    revalidatePath("/desk/sources");
    return `${source.name} is proposed. You can cite it now; it is marked Unconfirmed until an admin confirms it.`;
  });
}
