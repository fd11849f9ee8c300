"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { acceptCandidate } from "@/lib/extraction/decide-candidate";
import { candidateFormInput } from "@/lib/extraction/schemas";
import { toActionState, type ActionState } from "@/lib/forms/action-state";

export async function acceptCandidateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const input = candidateFormInput(formData);
    const { kind, itemRef } = await acceptCandidate(actor, input);
    revalidatePath(`/desk/briefs/${String(input.briefId)}`, "layout");
    if (kind === "source") return "Proposed as a new source: it stays unconfirmed until an admin confirms it.";
    return `Added as ${itemRef}: cite it in the body as [@${itemRef}].`;
  });
}
