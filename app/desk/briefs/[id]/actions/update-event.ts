"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { eventFormInput } from "@/lib/events/schemas";
import { updateEvent } from "@/lib/events/update-event";
import { toActionState, type ActionState } from "@/lib/forms/action-state";

export async function updateEventAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await toActionState(formData, async () => {
    const actor = await getActor();
    const { event } = await updateEvent(actor, eventFormInput(formData));
    revalidatePath(`/desk/briefs/${event.briefId}`);
    revalidatePath(`/desk/briefs/${event.briefId}/items`);
    return `Event ${event.ref} saved: ${event.dateLabel}.`;
  });
  // Checkboxes send one value each: keep them all, so a refused form shows them still ticked.
  if (!state.values) return state;
  return { ...state, values: { ...state.values, documentIds: formData.getAll("documentIds").join(" ") } };
}
