"use server";

import type { Actor } from "@/lib/auth/policy";
import { listDocuments } from "@/lib/documents/list-documents";
import { deskCall } from "@/lib/forms/desk-action";

const findDocuments = (actor: Actor | null, input: { query: string }) => listDocuments(actor, { query: input.query, limit: 10 });

/** Documents whose title has the words searched for, for "Attach an existing document". */
export const findDocumentsAction = deskCall(findDocuments, {
  success: (documents) => ({
    status: "ok" as const,
    value: documents.map(({ id, title, publisher, publishedOn }) => ({ id, title, publisher, publishedOn })),
  }),
});
