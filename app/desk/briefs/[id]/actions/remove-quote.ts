"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { removeQuote } from "@/lib/quotes/remove-quote";

export const removeQuoteAction = deskAction(removeQuote, {
  fromForm: (form) => ({ briefId: form.text("briefId"), quoteId: form.text("quoteId") }),
  revalidate: (_result, { briefId }) => [`/desk/briefs/${briefId}`, `/desk/briefs/${briefId}/items`],
  success: ({ ref, warning }) => (warning ? `Quote ${ref} removed. ${warning}` : `Quote ${ref} removed.`),
});
