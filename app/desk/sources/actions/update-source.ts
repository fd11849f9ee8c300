"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { updateSource } from "@/lib/sources/update-source";
import { baseUpdatedAtFrom, sourceFieldsFrom } from "../source-form-data";

export async function updateSourceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const { source, changed } = await updateSource(actor, {
      sourceId: formData.get("sourceId"),
      baseUpdatedAt: baseUpdatedAtFrom(formData),
      ...sourceFieldsFrom(formData),
    });
    revalidatePath("/desk/sources");
    revalidatePath(`/desk/sources/${source.id}`);
    return changed.length > 0 ? `${source.name} is saved.` : "Nothing to save: no field was changed.";
  });
}
