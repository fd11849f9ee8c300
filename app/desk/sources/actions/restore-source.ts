"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { restoreSource } from "@/lib/sources/restore-source";

export async function restoreSourceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const source = await restoreSource(actor, { sourceId: formData.get("sourceId") });
    revalidatePath("/desk/sources");
    revalidatePath(`/desk/sources/${source.id}`);
    return `${source.name} is restored: it is back in the list and the pickers.`;
  });
}
