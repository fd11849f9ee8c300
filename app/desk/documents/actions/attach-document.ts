"use server";

import { attachDocument } from "@/lib/documents/attach-document";
import { deskAction } from "@/lib/forms/desk-action";

export const attachDocumentAction = deskAction(attachDocument, {
  fromForm: (form) => ({ briefId: form.text("briefId"), documentId: form.text("documentId") }),
  revalidate: (_ref, { briefId, documentId }) => [`/desk/briefs/${briefId}`, `/desk/documents/${documentId}`],
  success: (ref) => `The document is attached as ${ref}: cite it in the body as [@${ref}].`,
});
