"use server";

import { addDocument } from "@/lib/documents/add-document";
import { deskAction } from "@/lib/forms/desk-action";

/**
 * Browsers send a textarea's line breaks as CRLF, whatever the field showed: turning
 * them back gives the text exactly as it stood in the field (a field never holds CR).
 */
const fieldText = (value: string) => value.replace(/\r\n?/g, "\n");

export const addDocumentAction = deskAction(addDocument, {
  fromForm: async (form) => {
    const chosen = form.file("file");
    return {
      title: form.text("title"),
      url: form.optional("url"),
      author: form.optional("author"),
      sourceId: form.text("sourceId"),
      publishedOn: form.optional("publishedOn"),
      kind: form.choice("kind"),
      recordMethod: form.choice("recordMethod"),
      recordedBy: form.optional("recordedBy"),
      language: form.text("language"),
      capturedText: form.has("capturedText") ? fieldText(form.text("capturedText")) : null,
      file: chosen && { name: chosen.name, type: chosen.type, bytes: new Uint8Array(await chosen.arrayBuffer()) },
      briefId: form.optional("briefId"),
      captureId: form.optional("captureId"),
    };
  },
  revalidate: (added) => ["/desk/documents", ...(added.briefId ? [`/desk/briefs/${added.briefId}`] : [])],
  // Added for a brief: the editor goes on to the quotes, events and sources the text proposes.
  redirect: (added) => (added.briefId ? `/desk/briefs/${added.briefId}/documents/${added.id}/candidates` : `/desk/documents/${added.id}`),
  // A browser cannot be handed a file back: name the one chosen, so the form can ask for it again.
  keep: (form): Record<string, string> => {
    const chosen = form.file("file");
    return chosen ? { fileName: chosen.name } : {};
  },
});
