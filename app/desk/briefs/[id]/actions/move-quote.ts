"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { moveQuote } from "@/lib/quotes/move-quote";

export async function moveQuoteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const briefId = formData.get("briefId");
    const { ref, position } = await moveQuote(actor, { briefId, quoteId: formData.get("quoteId"), direction: formData.get("direction") });
    revalidatePath(`/desk/briefs/${briefId}`);
    revalidatePath(`/desk/briefs/${briefId}/items`);
    return `Quote ${ref} is now number ${position + 1}.`;
  });
}
