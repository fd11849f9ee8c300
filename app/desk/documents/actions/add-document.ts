"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { addDocument, type DuplicateDocument } from "@/lib/documents/add-document";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { documentFieldsFrom, noteDuplicate } from "../document-form-data";

export type AddDocumentState = ActionState & { duplicate?: DuplicateDocument["duplicateOf"]; documentId?: string; ref?: string };

export async function addDocumentAction(_prev: ActionState, formData: FormData): Promise<AddDocumentState> {
  const file = formData.get("file");
  // An empty file input arrives as an empty File (named "" or "undefined"): no upload.
  const chosen = file instanceof File && file.size > 0 ? file : null;
  let target: string | undefined;
  let duplicate: DuplicateDocument["duplicateOf"] | undefined;
  const state = await toActionState(formData, async () => {
    const actor = await getActor();
    const input = await documentFieldsFrom(formData, chosen);
    const added = await noteDuplicate(() => addDocument(actor, input), (found) => (duplicate = found));
    revalidatePath("/desk/documents");
    if (added.briefId) revalidatePath(`/desk/briefs/${added.briefId}`);
    // Added for a brief: the editor goes on to the quotes, events and sources the text proposes.
    target = added.briefId ? `/desk/briefs/${added.briefId}/documents/${added.id}/candidates` : `/desk/documents/${added.id}`;
  });
  if (target) redirect(target);
  // A browser cannot be handed a file back: name the one chosen, so the form can ask for it again.
  const kept = chosen ? { ...state, values: { ...state.values, fileName: chosen.name } } : state;
  return duplicate ? { ...kept, duplicate } : kept;
}
