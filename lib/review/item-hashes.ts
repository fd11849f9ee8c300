// A reviewer's tick is given for an item as it was when they decided: its content
// hash. The hash covers everything the reviewer checked — the item's own fields and
// the captured text of the documents it cites — so a tick survives a second round only
// when none of that changed.
import { contentHash } from "@/lib/revisions/content-hash";
import { claimsOf, type BriefSnapshot } from "@/lib/revisions/snapshot";

/** `quote:q1`, `event:e2`, `claim:c1` → the item's content hash in this snapshot. */
export function itemHashes(snapshot: BriefSnapshot): Map<string, string> {
  const documents = new Map(snapshot.documents.map((d) => [d.id, d.contentHash]));
  const cited = (ids: (string | null)[]) => ids.map((id) => (id ? (documents.get(id) ?? null) : null));
  return new Map([
    ...snapshot.quotes.map((q) => [`quote:${q.ref}`, contentHash({ item: q, documents: cited([q.documentId]) })] as const),
    ...snapshot.events.map((e) => [`event:${e.ref}`, contentHash({ item: e, documents: cited(e.documentIds) })] as const),
    ...claimsOf(snapshot).map((c) => [`claim:${c.ref}`, contentHash({ item: c, documents: cited([c.documentId]) })] as const),
  ]);
}
