"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { retireSource } from "@/lib/sources/retire-source";

export async function retireSourceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const source = await retireSource(actor, { sourceId: formData.get("sourceId") });
    revalidatePath("/desk/sources");
    revalidatePath(`/desk/sources/${source.id}`);
    return `${source.name} is retired: it no longer appears in the list or the pickers.`;
  });
}
