"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { confirmSource } from "@/lib/sources/confirm-source";
import { baseUpdatedAtFrom, sourceFieldsFrom } from "../source-form-data";

/** Confirms a proposed source with the fields as the admin left them in the form. */
export async function confirmSourceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const { source } = await confirmSource(actor, {
      sourceId: formData.get("sourceId"),
      baseUpdatedAt: baseUpdatedAtFrom(formData),
      fields: sourceFieldsFrom(formData),
    });
    revalidatePath("/desk/sources");
    revalidatePath(`/desk/sources/${source.id}`);
    return `${source.name} is confirmed.`;
  });
}
