"use server";

import { proposeCapturedSource } from "@/lib/capture/propose-captured-source";
import { deskCall } from "@/lib/forms/desk-action";

/** Called by the capture component (not a form): answers the new source, or a sentence to show. */
export const proposeCapturedSourceAction = deskCall(proposeCapturedSource, {
  success: (source) => source,
  revalidate: () => ["/desk/sources"],
  unexpected: "The source could not be proposed. Choose the publisher from the list instead.",
});
