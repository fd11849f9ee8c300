"use server";

import { updateEvent } from "@/lib/events/update-event";
import { deskAction } from "@/lib/forms/desk-action";
import { eventFromForm } from "@/lib/forms/form-inputs";

export const updateEventAction = deskAction(updateEvent, {
  fromForm: eventFromForm,
  revalidate: ({ event }) => [`/desk/briefs/${event.briefId}`, `/desk/briefs/${event.briefId}/items`],
  success: ({ event }) => `Event ${event.ref} saved: ${event.dateLabel}.`,
  // Checkboxes send one value each: keep them all, so a refused form shows them still ticked.
  keep: (form) => ({ documentIds: form.all("documentIds").join(" ") }),
});
