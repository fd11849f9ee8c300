"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { quoteFromForm } from "@/lib/forms/form-inputs";
import { updateQuote } from "@/lib/quotes/update-quote";

export const updateQuoteAction = deskAction(updateQuote, {
  fromForm: quoteFromForm,
  revalidate: ({ quote }) => [`/desk/briefs/${quote.briefId}`, `/desk/briefs/${quote.briefId}/items`],
  success: ({ quote }) => {
    if (quote.verification === "altered")
      return `Quote ${quote.ref} saved, but its words differ from the document's captured text: see the differences.`;
    return quote.verification === "not_found"
      ? `Quote ${quote.ref} saved, but its words were not found in the document's captured text. Check them.`
      : `Quote ${quote.ref} saved.`;
  },
});
