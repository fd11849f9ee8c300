"use server";

import { deskCall } from "@/lib/forms/desk-action";
import { suggestPassageQuote } from "@/lib/quotes/suggest-passage-quote";

/** "Quote this": the exact words selected and the speaker proposed for them; nothing is stored. */
export const suggestPassageQuoteAction = deskCall(suggestPassageQuote, { success: (value) => ({ status: "ok" as const, value }) });
