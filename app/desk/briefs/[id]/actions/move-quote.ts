"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { moveQuote } from "@/lib/quotes/move-quote";

export const moveQuoteAction = deskAction(moveQuote, {
  fromForm: (form) => ({
    briefId: form.text("briefId"),
    quoteId: form.text("quoteId"),
    direction: form.choice<"up" | "down">("direction"),
  }),
  revalidate: (_result, { briefId }) => [`/desk/briefs/${briefId}`, `/desk/briefs/${briefId}/items`],
  success: ({ ref, position }) => `Quote ${ref} is now number ${position + 1}.`,
});
