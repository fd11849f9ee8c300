"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionResult } from "@/lib/forms/action-result";
import { quotePassage } from "@/lib/quotes/quote-passage";
import type { QuotePassageInput } from "@/lib/quotes/schemas";

/** Makes the quote from the selected passage; the editor then inserts it with its marker. */
export async function quotePassageAction(input: QuotePassageInput) {
  return toActionResult(async () => {
    const { quote, version } = await quotePassage(await getActor(), input);
    revalidatePath(`/desk/briefs/${quote.briefId}`, "layout");
    return { ref: quote.ref, text: quote.text, speakerName: quote.speakerName, version };
  });
}
