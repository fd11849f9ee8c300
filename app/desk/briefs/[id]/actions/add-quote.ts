"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { addQuote } from "@/lib/quotes/add-quote";
import { quoteFormInput } from "@/lib/quotes/schemas";

export async function addQuoteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const { quote } = await addQuote(actor, quoteFormInput(formData));
    revalidatePath(`/desk/briefs/${quote.briefId}`);
    revalidatePath(`/desk/briefs/${quote.briefId}/items`);
    if (quote.verification === "altered") return `Quote ${quote.ref} added, but its words differ from the document's captured text: see the differences.`;
    return quote.verification === "verbatim"
      ? `Quote ${quote.ref} added: its words are verbatim in the document.`
      : `Quote ${quote.ref} added, but its words were not found in the document's captured text. Check them.`;
  });
}
