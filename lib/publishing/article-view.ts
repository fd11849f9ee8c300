// A snapshot as the props of the reader's brief page, shared by the reader site and
// the desk's preview, so a preview is exactly what readers will see. With the brief's
// reader slug, cited documents link to the public captured copy; the desk's preview
// has none, since nothing is public yet.
import { numberCitations } from "@/lib/briefs/citations";
import { renderBody } from "@/lib/briefs/render-body";
import { RECORD_METHODS, type RecordMethod } from "@/lib/documents/schemas";
import { claimsOf, type BriefSnapshot } from "@/lib/revisions/snapshot";
import { sourcesOf } from "./get-published-brief";
import { documentRef } from "./get-published-document";

/** `archives`: the archived copies of captured documents by document id (lib/capture/archived-copy.ts), reader site only. */
export function articleView(
  snapshot: BriefSnapshot,
  { readerSlug, archives = {} }: { readerSlug?: string; archives?: Record<string, { finalUrl: string; fetchedOn: string }> } = {},
) {
  const citation = numberCitations(snapshot.body);
  const cite = (ref: string | null) => (ref ? citation.get(ref) : undefined);
  const documents = new Map(
    snapshot.documents.map((d) => {
      const ref = documentRef(d);
      const capturedHref = readerSlug ? `/briefs/${readerSlug}/documents/${encodeURIComponent(ref)}` : undefined;
      // Words the desk heard itself are labelled as its own record, never as someone else's document (DESIGN rule 7).
      const ownRecord = d.record
        ? { how: RECORD_METHODS[d.record.method as RecordMethod] ?? d.record.method, by: d.record.by, on: d.publishedOn }
        : null;
      const archived = archives[d.id];
      const archive = capturedHref && archived ? { ...archived, href: `${capturedHref}/archived` } : undefined;
      return [d.id, { ...d, ref, citation: cite(d.ref), publisher: d.source.name, capturedHref, ownRecord, archive }];
    }),
  );
  const document = (id: string) => documents.get(id)!;
  return {
    title: snapshot.title,
    summary: snapshot.summary,
    bodyHtml: renderBody(snapshot.body),
    topics: snapshot.topics,
    // snapshots have named their authors from the start; a missing list reads as none
    authors: (snapshot.authors ?? []).map((a) => a.name),
    quotes: snapshot.quotes.map((q) => ({ ...q, citation: cite(q.ref), document: document(q.documentId) })),
    events: snapshot.events.map((e) => ({ ...e, citation: cite(e.ref), documents: e.documentIds.map(document) })),
    claims: claimsOf(snapshot).map((c) => ({ ...c, document: c.documentId ? document(c.documentId) : null })),
    sources: sourcesOf(snapshot),
    documents: [...documents.values()],
  };
}
