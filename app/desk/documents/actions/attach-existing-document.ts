"use server";

import { attachDocument } from "@/lib/documents/attach-document";
import { deskCall } from "@/lib/forms/desk-action";

/** Attaches a stored document to a brief (the duplicate offer, the editor's panel): its ref in the brief. */
export const attachExistingDocumentAction = deskCall(attachDocument, {
  revalidate: (_ref, { briefId, documentId }) => [[`/desk/briefs/${briefId}`, "layout"], `/desk/documents/${documentId}`],
  success: (ref) => ({ status: "ok" as const, value: { ref } }),
});
