"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { attachDocument } from "@/lib/documents/attach-document";
import { toActionState, type ActionState } from "@/lib/forms/action-state";

export async function attachDocumentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const briefId = formData.get("briefId");
    const documentId = formData.get("documentId");
    const ref = await attachDocument(actor, { briefId, documentId });
    revalidatePath(`/desk/briefs/${String(briefId)}`);
    revalidatePath(`/desk/documents/${String(documentId)}`);
    return `The document is attached as ${ref}: cite it in the body as [@${ref}].`;
  });
}
