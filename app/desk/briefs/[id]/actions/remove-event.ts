"use server";

import { removeEvent } from "@/lib/events/remove-event";
import { deskAction } from "@/lib/forms/desk-action";

export const removeEventAction = deskAction(removeEvent, {
  fromForm: (form) => ({ briefId: form.text("briefId"), eventId: form.text("eventId") }),
  revalidate: (_result, { briefId }) => [`/desk/briefs/${briefId}`, `/desk/briefs/${briefId}/items`],
  success: ({ ref, warning }) => (warning ? `Event ${ref} removed. ${warning}` : `Event ${ref} removed.`),
});
