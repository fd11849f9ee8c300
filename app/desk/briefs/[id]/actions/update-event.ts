"use server";

import { updateEvent } from "@/lib/events/update-event";
import { deskAction } from "@/lib/forms/desk-action";
import { eventForm, itemPages } from "./item-pages";

export const updateEventAction = deskAction(updateEvent, {
  ...eventForm,
  revalidate: ({ event }) => itemPages(event.briefId),
  success: ({ event }) => `Event ${event.ref} saved: ${event.dateLabel}.`,
});
