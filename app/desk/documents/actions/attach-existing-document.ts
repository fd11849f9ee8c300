"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { attachDocument } from "@/lib/documents/attach-document";
import { toActionResult } from "@/lib/forms/action-result";

/** Attaches a stored document to a brief (the duplicate offer, the editor's panel): its ref in the brief. */
export async function attachExistingDocumentAction(input: { briefId: string; documentId: string }) {
  return toActionResult(async () => {
    const ref = await attachDocument(await getActor(), { briefId: input.briefId, documentId: input.documentId });
    revalidatePath(`/desk/briefs/${input.briefId}`, "layout");
    revalidatePath(`/desk/documents/${input.documentId}`);
    return { ref };
  });
}
