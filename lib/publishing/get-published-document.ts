// Our captured copy of a document a published brief cites, for readers to check a
// quote against: only documents the brief's latest visible publication cites, and
// only the captured text that publication was made from (its content hash is in the
// snapshot; documents are never edited, and a mismatch would be shown as missing
// rather than as the wrong text).
import { db } from "@/lib/db/client";
import type { SnapshotDocument } from "@/lib/revisions/snapshot";
import { getPublishedBrief } from "./get-published-brief";

export type PublishedDocument = {
  brief: { slug: string; title: string; withdrawn: boolean };
  document: SnapshotDocument & { ref: string; capturedText: string; capturedAt: Date };
};

export async function getPublishedDocument({
  slug,
  ref,
  now = new Date(),
}: {
  slug: string;
  ref: string;
  now?: Date;
}): Promise<PublishedDocument | null> {
  const brief = await getPublishedBrief(slug, now);
  const cited = brief?.snapshot.documents.find((d) => documentRef(d) === ref);
  if (!brief || !cited) return null;
  const stored = await db().document.findFirst({
    where: { id: cited.id, contentHash: cited.contentHash },
    select: { capturedText: true, createdAt: true },
  });
  if (!stored) return null;
  return {
    brief: { slug, title: brief.snapshot.title, withdrawn: brief.withdrawn !== null },
    document: { ...cited, ref, capturedText: stored.capturedText, capturedAt: stored.createdAt },
  };
}

/** How the reader's pages name a cited document: its marker key, or its id when the body never cites it directly. */
export function documentRef(document: Pick<SnapshotDocument, "id" | "ref">): string {
  return document.ref ?? document.id;
}
