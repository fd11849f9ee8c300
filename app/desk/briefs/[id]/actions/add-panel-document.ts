"use server";

import { addDocument } from "@/lib/documents/add-document";
import { deskAction } from "@/lib/forms/desk-action";
import { documentFromForm } from "@/lib/forms/form-inputs";

/** The editor panel's paste form: the document is added and attached to the brief, and the editor stays on the page. */
export const addPanelDocumentAction = deskAction(addDocument, {
  fromForm: documentFromForm,
  revalidate: (document) => ["/desk/documents", [`/desk/briefs/${document.briefId}`, "layout"]],
  success: (document) => ({
    message: `Attached as [@${document.ref}]: select words in its text to quote them.`,
    created: { id: document.id, ref: document.ref ?? undefined },
  }),
});
