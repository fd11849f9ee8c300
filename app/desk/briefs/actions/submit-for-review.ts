"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { submitForReview } from "@/lib/review/submit-for-review";

export const submitForReviewAction = deskAction(submitForReview, {
  fromForm: (form) => ({ briefId: form.text("briefId"), baseVersion: form.text("baseVersion"), reviewerId: form.optional("reviewerId") }),
  revalidate: ({ briefId }) => [`/desk/briefs/${briefId}`],
  success: ({ warnings }) => ["Submitted for review.", ...warnings.map((w) => w.message)].join(" "),
});
