"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { markInboxRead } from "@/lib/inbox/get-inbox";

export async function markInboxReadAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    await markInboxRead(actor);
    revalidatePath("/desk", "layout");
    return "Marked as read.";
  });
}
