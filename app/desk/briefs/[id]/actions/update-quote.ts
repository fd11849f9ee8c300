"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { quoteFormInput } from "@/lib/quotes/schemas";
import { updateQuote } from "@/lib/quotes/update-quote";

export async function updateQuoteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const { quote } = await updateQuote(actor, quoteFormInput(formData));
    revalidatePath(`/desk/briefs/${quote.briefId}`);
    revalidatePath(`/desk/briefs/${quote.briefId}/items`);
    if (quote.verification === "altered") return `Quote ${quote.ref} saved, but its words differ from the document's captured text: see the differences.`;
    return quote.verification === "not_found"
      ? `Quote ${quote.ref} saved, but its words were not found in the document's captured text. Check them.`
      : `Quote ${quote.ref} saved.`;
  });
}
