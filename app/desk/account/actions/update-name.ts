"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { updateOwnName } from "@/lib/users/update-own-name";

export async function updateNameAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let saved: string | undefined;
  const state = await toActionState(formData, async () => {
    const actor = await getActor();
    saved = (await updateOwnName(actor, { name: formData.get("name") })).name;
    // The desk header shows the name on every desk page.
    revalidatePath("/desk", "layout");
    return "Your name is saved.";
  });
  // The saved (trimmed) name stays in the field after the form resets.
  return saved === undefined ? state : { ...state, values: { name: saved } };
}
