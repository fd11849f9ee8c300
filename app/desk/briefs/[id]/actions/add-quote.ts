"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { quoteFromForm } from "@/lib/forms/form-inputs";
import { addQuote } from "@/lib/quotes/add-quote";

export const addQuoteAction = deskAction(addQuote, {
  fromForm: quoteFromForm,
  revalidate: ({ quote }) => [`/desk/briefs/${quote.briefId}`, `/desk/briefs/${quote.briefId}/items`],
  success: ({ quote }) => {
    if (quote.verification === "altered")
      return `Quote ${quote.ref} added, but its words differ from the document's captured text: see the differences.`;
    return quote.verification === "verbatim"
      ? `Quote ${quote.ref} added: its words are verbatim in the document.`
      : `Quote ${quote.ref} added, but its words were not found in the document's captured text. Check them.`;
  },
});
