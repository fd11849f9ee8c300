// The candidates screen: a document's captured text, cut into pieces with every
// candidate highlighted in place, and beside it everything the extractor proposes
// from it for one brief, with what the desk already accepted or rejected.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { parseInput } from "@/lib/validation";
import { loadDocumentCandidates, type CandidateStatus, type DocumentCandidates } from "./document-candidates";
import { candidateAnchor, highlightCandidates, type TextPiece } from "./highlight-candidates";
import { documentCandidatesSchema } from "./schemas";

type Anchored<T> = T & { anchor: string };

export type CandidatesView = Omit<DocumentCandidates, "quotes" | "events" | "sources"> & {
  quotes: Anchored<DocumentCandidates["quotes"][number]>[];
  events: Anchored<DocumentCandidates["events"][number]>[];
  sources: Anchored<DocumentCandidates["sources"][number]>[];
  pieces: TextPiece[];
};

const stateOf = (status: CandidateStatus) => status.state;

export async function getDocumentCandidates(actor: Actor | null, input: unknown): Promise<CandidatesView> {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    const { briefId, documentId } = parseInput(documentCandidatesSchema, input);
    const { quotes, events, sources, ...rest } = await loadDocumentCandidates(tx, briefId, documentId);
    const pieces = highlightCandidates(rest.document.capturedText, [
      ...quotes.map((q) => ({ key: q.key, kind: q.kind, state: stateOf(q.status), spans: q.spans })),
      ...events.map((e) => ({ key: e.key, kind: e.kind, state: stateOf(e.status), spans: [e.dateSpan] })),
      ...sources.map((s) => ({ key: s.key, kind: s.kind, state: stateOf(s.status), spans: s.spans })),
    ]);
    const anchored = <T extends { key: string }>(list: T[]) => list.map((c) => ({ ...c, anchor: candidateAnchor(c.key) }));
    return { ...rest, quotes: anchored(quotes), events: anchored(events), sources: anchored(sources), pieces };
  });
}
