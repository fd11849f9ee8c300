"use server";

import { deskCall } from "@/lib/forms/desk-action";
import { quotePassage } from "@/lib/quotes/quote-passage";

/** Makes the quote from the selected passage; the editor then inserts it with its marker. */
export const quotePassageAction = deskCall(quotePassage, {
  revalidate: ({ quote }) => [[`/desk/briefs/${quote.briefId}`, "layout"]],
  success: ({ quote, version }) => ({
    status: "ok" as const,
    value: { ref: quote.ref, text: quote.text, speakerName: quote.speakerName, version },
  }),
});
