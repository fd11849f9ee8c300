"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { rejectCandidate } from "@/lib/extraction/decide-candidate";
import { candidateFormInput } from "@/lib/extraction/schemas";
import { toActionState, type ActionState } from "@/lib/forms/action-state";

export async function rejectCandidateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const input = candidateFormInput(formData);
    await rejectCandidate(actor, input);
    revalidatePath(`/desk/briefs/${String(input.briefId)}/documents/${String(input.documentId)}/candidates`);
    return "Rejected: it will not be proposed again.";
  });
}
