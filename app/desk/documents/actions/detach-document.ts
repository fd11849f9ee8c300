"use server";

import { detachDocument } from "@/lib/documents/detach-document";
import { deskAction } from "@/lib/forms/desk-action";

export const detachDocumentAction = deskAction(detachDocument, {
  fromForm: (form) => ({ briefId: form.text("briefId"), documentId: form.text("documentId") }),
  revalidate: (_result, { briefId, documentId }) => [`/desk/briefs/${briefId}`, `/desk/documents/${documentId}`],
  success: ({ detached }) => (detached ? "The document is detached from the brief." : "The document was not attached to that brief."),
});
