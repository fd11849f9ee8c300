"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { createSource } from "@/lib/sources/create-source";
import { sourceFieldsFrom } from "../source-form-data";

export async function createSourceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const source = await createSource(actor, sourceFieldsFrom(formData));
    revalidatePath("/desk/sources");
    return `${source.name} is added to the registry.`;
  });
}
