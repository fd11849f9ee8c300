"use server";

import { getActor } from "@/lib/auth/get-actor";
import { listDocuments } from "@/lib/documents/list-documents";
import { toActionResult } from "@/lib/forms/action-result";

/** Documents whose title has the words searched for, for "Attach an existing document". */
export async function findDocumentsAction(input: { query: string }) {
  return toActionResult(async () =>
    (await listDocuments(await getActor(), { query: input.query, limit: 10 })).map(({ id, title, publisher, publishedOn }) => ({ id, title, publisher, publishedOn })),
  );
}
