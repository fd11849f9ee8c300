"use server";

import { addDocument } from "@/lib/documents/add-document";
import { deskAction } from "@/lib/forms/desk-action";
import { documentFromForm } from "@/lib/forms/form-inputs";

export const addDocumentAction = deskAction(addDocument, {
  fromForm: documentFromForm,
  revalidate: (added) => ["/desk/documents", ...(added.briefId ? [`/desk/briefs/${added.briefId}`] : [])],
  // Added for a brief: the editor goes on to the quotes, events and sources the text proposes.
  redirect: (added) => (added.briefId ? `/desk/briefs/${added.briefId}/documents/${added.id}/candidates` : `/desk/documents/${added.id}`),
  // A browser cannot be handed a file back: name the one chosen, so the form can ask for it again.
  keep: (form): Record<string, string> => {
    const chosen = form.file("file");
    return chosen ? { fileName: chosen.name } : {};
  },
});
