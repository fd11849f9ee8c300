"use server";

import { deskAction } from "@/lib/forms/desk-action";
import type { FormReader } from "@/lib/forms/form-inputs";
import { approveReview, requestChanges } from "@/lib/review/decide-review";

/** The checklist as the form sends it: `check:quote:q1` = on, `note:quote:q1` = text. */
function decisionFromForm(form: FormReader) {
  const items = form.text("items").split(",").filter(Boolean);
  const checks = items.map((item) => {
    const [itemKind, itemRef] = item.split(":") as ["quote" | "event" | "claim", string];
    return { itemKind, itemRef, checked: form.checked(`check:${item}`), note: form.text(`note:${item}`) };
  });
  return { reviewId: form.text("reviewId"), checks, message: form.text("message") };
}

export const approveReviewAction = deskAction(approveReview, {
  fromForm: decisionFromForm,
  revalidate: ({ briefId }) => [`/desk/briefs/${briefId}`],
  success: ({ selfApproved }) => (selfApproved ? "Approved (self-approval: the publication will say so)." : "Approved."),
});

export const requestChangesAction = deskAction(requestChanges, {
  fromForm: decisionFromForm,
  revalidate: ({ briefId }) => [`/desk/briefs/${briefId}`],
  success: () => "Sent back to the author with your message.",
});
