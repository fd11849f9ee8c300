"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { markInboxRead } from "@/lib/inbox/get-inbox";

export const markInboxReadAction = deskAction(markInboxRead, {
  fromForm: () => ({}),
  revalidate: () => [["/desk", "layout"]],
  success: () => "Marked as read.",
});
