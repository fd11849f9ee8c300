"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { addDocument } from "@/lib/documents/add-document";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { documentFieldsFrom, noteDuplicate } from "../../../documents/document-form-data";
import type { AddDocumentState } from "../../../documents/actions/add-document";

/** The editor panel's paste form: the document is added and attached to the brief, and the editor stays on the page. */
export async function addPanelDocumentAction(_prev: ActionState, formData: FormData): Promise<AddDocumentState> {
  let added: { id: string; ref: string | null } | undefined;
  let duplicate: AddDocumentState["duplicate"];
  const state = await toActionState(formData, async () => {
    const actor = await getActor();
    const input = await documentFieldsFrom(formData, null);
    const document = await noteDuplicate(() => addDocument(actor, input), (found) => (duplicate = found));
    added = { id: document.id, ref: document.ref };
    revalidatePath("/desk/documents");
    revalidatePath(`/desk/briefs/${document.briefId}`, "layout");
    return `Attached as [@${document.ref}]: select words in its text to quote them.`;
  });
  if (added) return { ...state, documentId: added.id, ref: added.ref ?? undefined };
  return duplicate ? { ...state, duplicate } : state;
}
