"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { addDocument } from "@/lib/documents/add-document";
import { toActionState, type ActionState } from "@/lib/forms/action-state";

/**
 * Browsers send a textarea's line breaks as CRLF, whatever the field showed: turning
 * them back gives the text exactly as it stood in the field (a field never holds CR).
 */
function fieldText(value: FormDataEntryValue | null): string | null {
  return typeof value === "string" ? value.replace(/\r\n?/g, "\n") : null;
}

export async function addDocumentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const file = formData.get("file");
  // An empty file input arrives as an empty File (named "" or "undefined"): no upload.
  const chosen = file instanceof File && file.size > 0 ? file : null;
  let target: string | undefined;
  const state = await toActionState(formData, async () => {
    const actor = await getActor();
    const added = await addDocument(actor, {
      title: formData.get("title"),
      url: formData.get("url"),
      author: formData.get("author"),
      sourceId: formData.get("sourceId"),
      publishedOn: formData.get("publishedOn"),
      kind: formData.get("kind"),
      recordMethod: formData.get("recordMethod"),
      recordedBy: formData.get("recordedBy"),
      language: formData.get("language"),
      capturedText: fieldText(formData.get("capturedText")),
      file: chosen && { name: chosen.name, type: chosen.type, bytes: new Uint8Array(await chosen.arrayBuffer()) },
      briefId: formData.get("briefId"),
      captureId: formData.get("captureId"),
    });
    revalidatePath("/desk/documents");
    if (added.briefId) revalidatePath(`/desk/briefs/${added.briefId}`);
    // Added for a brief: the editor goes on to the quotes, events and sources the text proposes.
    target = added.briefId ? `/desk/briefs/${added.briefId}/documents/${added.id}/candidates` : `/desk/documents/${added.id}`;
  });
  if (target) redirect(target);
  // A browser cannot be handed a file back: name the one chosen, so the form can ask for it again.
  return chosen ? { ...state, values: { ...state.values, fileName: chosen.name } } : state;
}
