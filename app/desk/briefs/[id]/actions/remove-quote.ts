"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { removeQuote } from "@/lib/quotes/remove-quote";

export async function removeQuoteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const briefId = formData.get("briefId");
    const { ref, warning } = await removeQuote(actor, { briefId, quoteId: formData.get("quoteId") });
    revalidatePath(`/desk/briefs/${briefId}`);
    revalidatePath(`/desk/briefs/${briefId}/items`);
    return warning ? `Quote ${ref} removed. ${warning}` : `Quote ${ref} removed.`;
  });
}
