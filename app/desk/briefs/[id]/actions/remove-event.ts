"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { removeEvent } from "@/lib/events/remove-event";
import { toActionState, type ActionState } from "@/lib/forms/action-state";

export async function removeEventAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const briefId = formData.get("briefId");
    const { ref, warning } = await removeEvent(actor, { briefId, eventId: formData.get("eventId") });
    revalidatePath(`/desk/briefs/${briefId}`);
    revalidatePath(`/desk/briefs/${briefId}/items`);
    return warning ? `Event ${ref} removed. ${warning}` : `Event ${ref} removed.`;
  });
}
