"use server";

import { openPanelDocument } from "@/lib/documents/open-panel-document";
import { deskCall } from "@/lib/forms/desk-action";

/** A window of a cited document's text and its open candidates, for the editor's panel. */
export const openPanelDocumentAction = deskCall(openPanelDocument, { success: (value) => ({ status: "ok" as const, value }) });
