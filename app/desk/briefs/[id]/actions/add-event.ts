"use server";

import { addEvent } from "@/lib/events/add-event";
import { deskAction } from "@/lib/forms/desk-action";
import { eventForm, itemPages } from "./item-pages";

export const addEventAction = deskAction(addEvent, {
  ...eventForm,
  revalidate: ({ event }) => itemPages(event.briefId),
  success: ({ event }) => `Event ${event.ref} added: ${event.dateLabel}.`,
});
