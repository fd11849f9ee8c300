"use server";

import { getActor } from "@/lib/auth/get-actor";
import { toActionResult } from "@/lib/forms/action-result";
import { suggestPassageQuote } from "@/lib/quotes/suggest-passage-quote";

/** "Quote this": the exact words selected and the speaker proposed for them; nothing is stored. */
export async function suggestPassageQuoteAction(input: { briefId: string; documentId: string; start: number; end: number }) {
  return toActionResult(async () => suggestPassageQuote(await getActor(), input));
}
