"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { setAllowSelfApproval } from "@/lib/review/settings";

export const setAllowSelfApprovalAction = deskAction(setAllowSelfApproval, {
  fromForm: (form) => form.checked("allowSelfApproval"),
  revalidate: () => [["/desk", "layout"]],
  success: ({ allowSelfApproval }) =>
    allowSelfApproval
      ? "Self-approval is on: an editor may approve their own brief, and readers are told so."
      : "Self-approval is off: every brief needs a second editor.",
});
