"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { withdrawBrief } from "@/lib/publishing/withdraw-brief";

export const withdrawBriefAction = deskAction(withdrawBrief, {
  fromForm: (form) => ({ briefId: form.text("briefId"), reason: form.text("reason") }),
  revalidate: () => [["/", "layout"]],
  success: () => "Withdrawn: readers now see the notice and your reason.",
});
