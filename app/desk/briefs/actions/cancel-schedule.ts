"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { cancelSchedule } from "@/lib/publishing/cancel-schedule";

export const cancelScheduleAction = deskAction(cancelSchedule, {
  fromForm: (form) => ({ briefId: form.text("briefId") }),
  revalidate: () => [["/", "layout"]],
  success: () => "Schedule cancelled: nothing was shown to readers.",
});
