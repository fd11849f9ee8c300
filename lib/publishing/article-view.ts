// A snapshot as the props of the reader's brief page, shared by the reader site and
// the desk's preview, so a preview is exactly what readers will see.
import { numberCitations } from "@/lib/briefs/citations";
import { renderBody } from "@/lib/briefs/render-body";
import type { BriefSnapshot } from "@/lib/revisions/snapshot";
import { sourcesOf } from "./get-published-brief";

export function articleView(snapshot: BriefSnapshot) {
  const citation = numberCitations(snapshot.body);
  const cite = (ref: string | null) => (ref ? citation.get(ref) : undefined);
  const documents = new Map(
    snapshot.documents.map((d) => [d.id, { ...d, ref: d.ref ?? d.id, citation: cite(d.ref), publisher: d.source.name }]),
  );
  const document = (id: string) => documents.get(id)!;
  return {
    title: snapshot.title,
    summary: snapshot.summary,
    bodyHtml: renderBody(snapshot.body),
    topics: snapshot.topics,
    quotes: snapshot.quotes.map((q) => ({ ...q, citation: cite(q.ref), document: document(q.documentId) })),
    events: snapshot.events.map((e) => ({ ...e, citation: cite(e.ref), documents: e.documentIds.map(document) })),
    sources: sourcesOf(snapshot),
    documents: [...documents.values()],
  };
}
