"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { detachDocument } from "@/lib/documents/detach-document";
import { toActionState, type ActionState } from "@/lib/forms/action-state";

export async function detachDocumentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const briefId = formData.get("briefId");
    const documentId = formData.get("documentId");
    const { detached } = await detachDocument(actor, { briefId, documentId });
    revalidatePath(`/desk/briefs/${String(briefId)}`);
    revalidatePath(`/desk/documents/${String(documentId)}`);
    return detached ? "The document is detached from the brief." : "The document was not attached to that brief.";
  });
}
