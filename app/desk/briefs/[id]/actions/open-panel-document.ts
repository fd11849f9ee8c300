"use server";

import { getActor } from "@/lib/auth/get-actor";
import { openPanelDocument } from "@/lib/documents/open-panel-document";
import { toActionResult } from "@/lib/forms/action-result";

/** A window of a cited document's text and its open candidates, for the editor's panel. */
export async function openPanelDocumentAction(input: { briefId: string; documentId: string; from?: number }) {
  return toActionResult(async () => openPanelDocument(await getActor(), input));
}
