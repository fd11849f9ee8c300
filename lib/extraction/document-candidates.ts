// The candidates of one document attached to one brief, with what the desk already
// decided about each: read by the candidates screen and checked again by every
// accept and reject, inside their transaction — the client only names a candidate.
import { toIsoDay } from "@/lib/dates/precision";
import type { CandidateDecision, SourceKind, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { normaliseForMatching } from "@/lib/quotes/verify-quote";
import { extractCounted, INLINE_TEXT_CHARS } from "./extract-candidates";
import { matchSources } from "./match-source";
import { startReading, storedReading, type Reading } from "./read-in-background";
import type { CandidateCounts, CountedCandidates as Candidates, EventCandidate, QuoteCandidate, SourceCandidate } from "./types";

export type CandidateStatus =
  | { state: "open" }
  | { state: CandidateDecision; by: string | null; at: string; itemRef: string | null }
  /** a quote with these words from this document is on the brief already (added by hand) */
  | { state: "on_brief"; itemRef: string }
  /** a source the registry has */
  | { state: "in_registry"; sourceId: string };

export type Decided<T> = T & { status: CandidateStatus };

export type DocumentCandidates = {
  brief: { id: string; title: string; version: number };
  document: { id: string; ref: string; title: string; capturedText: string; publishedOn: string | null; publisher: string };
  quotes: Decided<QuoteCandidate & { speakerSourceId: string | null }>[];
  events: Decided<EventCandidate & { reportedById: string | null }>[];
  sources: Decided<SourceCandidate>[];
  /** how many the text holds, when more than are proposed */
  found: CandidateCounts;
  /** a long document not read yet (no candidates until it is), or null */
  reading: Exclude<Reading, { state: "done" }> | null;
};

const SPEAKER_KINDS: readonly SourceKind[] = ["person", "organisation", "government"];

export async function loadDocumentCandidates(tx: Tx, briefId: string, documentId: string): Promise<DocumentCandidates> {
  const attached = await tx.briefDocument.findUnique({
    where: { briefId_documentId: { briefId, documentId } },
    select: {
      ref: true,
      brief: { select: { id: true, title: true, version: true } },
      document: { select: { id: true, title: true, capturedText: true, publishedOn: true, source: { select: { name: true } } } },
    },
  });
  if (!attached) throw new AppError("not_found", "This document is not attached to this brief.");
  // one after another: a transaction's queries share one connection
  const registry = await tx.source.findMany({ where: { retiredAt: null }, select: { id: true, name: true, kind: true } });
  const decisions = await tx.extractionDecision.findMany({
    where: { briefId, documentId },
    select: { candidateKey: true, decision: true, itemRef: true, decidedAt: true, decidedBy: { select: { name: true } } },
  });
  const quotesOnBrief = await tx.quote.findMany({ where: { briefId, documentId }, select: { ref: true, text: true } });
  const { document } = attached;
  const raw = await candidatesOf(tx, document, registry);
  const reading = "state" in raw ? raw : null;
  if (reading) startReading(document.id);
  const found = reading ? { quotes: 0, events: 0, sources: 0 } : (raw as Candidates).found;
  const { quotes, events, sources } = reading ? { quotes: [], events: [], sources: [] } : (raw as Candidates);
  const byKey = new Map(decisions.map((d) => [d.candidateKey, d]));
  const kindOf = new Map(registry.map((s) => [s.id, s.kind]));
  const onBrief = new Map(quotesOnBrief.map((q) => [normaliseForMatching(q.text), q.ref]));
  const sourceId = (name: string | null, kinds?: readonly SourceKind[]) => {
    const match = name ? sources.find((s) => s.name === name)?.match : null;
    return match && (!kinds || kinds.includes(kindOf.get(match.id)!)) ? match.id : null;
  };
  const statusOf = (key: string, fallback: CandidateStatus = { state: "open" }): CandidateStatus => {
    const decided = byKey.get(key);
    return decided
      ? { state: decided.decision, by: decided.decidedBy?.name ?? null, at: decided.decidedAt.toISOString(), itemRef: decided.itemRef }
      : fallback;
  };
  const edited = await acceptedAsEdited(tx, briefId, decisions);
  return {
    brief: attached.brief,
    document: {
      id: document.id,
      ref: attached.ref,
      title: document.title,
      capturedText: document.capturedText,
      publishedOn: document.publishedOn && toIsoDay(document.publishedOn),
      publisher: document.source.name,
    },
    found,
    reading,
    quotes: quotes.map((quote) => {
      const ref = onBrief.get(normaliseForMatching(quote.text));
      const status = statusOf(quote.key, ref ? { state: "on_brief", itemRef: ref } : undefined);
      return { ...quote, speakerSourceId: sourceId(quote.speakerOrganisation, SPEAKER_KINDS), ...edited.quote(status), status };
    }),
    events: events.map((event) => {
      const status = statusOf(event.key);
      return { ...event, reportedById: sourceId(event.reportedBy), ...edited.event(status), status };
    }),
    sources: sources.map((source) => ({
      ...source,
      status: statusOf(source.key, source.match ? { state: "in_registry", sourceId: source.match.id } : undefined),
    })),
  };
}

/**
 * An accepted candidate shows what the brief has now, as the editor edited it before
 * (or after) accepting, not the words first proposed.
 */
async function acceptedAsEdited(tx: Tx, briefId: string, decisions: { decision: CandidateDecision; itemRef: string | null }[]) {
  const refs = decisions.flatMap((d) => (d.decision === "accepted" && d.itemRef ? [d.itemRef] : []));
  const [quotes, events] =
    refs.length === 0
      ? [[], []]
      : [
          await tx.quote.findMany({
            where: { briefId, ref: { in: refs } },
            select: { ref: true, text: true, speakerName: true, speakerTitle: true, saidOn: true, saidOnPrecision: true },
          }),
          await tx.event.findMany({
            where: { briefId, ref: { in: refs } },
            select: { ref: true, description: true, dateStart: true, dateEnd: true, precision: true, dateLabel: true },
          }),
        ];
  const quoteByRef = new Map(quotes.map((q) => [q.ref, q]));
  const eventByRef = new Map(events.map((e) => [e.ref, e]));
  const accepted = (status: CandidateStatus) => (status.state === "accepted" ? status.itemRef : null);
  return {
    quote(status: CandidateStatus) {
      const q = quoteByRef.get(accepted(status) ?? "");
      return q
        ? {
            text: q.text,
            speakerName: q.speakerName,
            speakerTitle: q.speakerTitle,
            saidOn: q.saidOn && toIsoDay(q.saidOn),
            saidOnPrecision: q.saidOnPrecision,
          }
        : {};
    },
    event(status: CandidateStatus) {
      const e = eventByRef.get(accepted(status) ?? "");
      return e
        ? {
            description: e.description,
            date: toIsoDay(e.dateStart),
            dateEnd: e.dateEnd && toIsoDay(e.dateEnd),
            precision: e.precision,
            dateLabel: e.dateLabel,
          }
        : {};
    },
  };
}

/**
 * A short text is read here and now; a long one once, by a separate process, whose
 * stored candidates are matched against the registry as it is today.
 */
async function candidatesOf(
  tx: Tx,
  document: { id: string; capturedText: string; publishedOn: Date | null },
  registry: { id: string; name: string }[],
): Promise<Candidates | Exclude<Reading, { state: "done" }>> {
  if (document.capturedText.length <= INLINE_TEXT_CHARS)
    return extractCounted(document.capturedText, { publishedOn: document.publishedOn, registry });
  const reading = await storedReading(tx, document.id);
  if (reading.state !== "done") return reading;
  return { ...reading.candidates, sources: matchSources(reading.candidates.sources, registry) };
}

/** The candidate named, still proposed and still undecided: what an accept or reject may act on. */
export function openCandidate(candidates: DocumentCandidates, key: string) {
  if (candidates.reading)
    throw new AppError("conflict", "This document is still being read: its candidates are not proposed yet. Reload in a moment.");
  const all = [...candidates.quotes, ...candidates.events, ...candidates.sources];
  const candidate = all.find((c) => c.key === key);
  if (!candidate) throw new AppError("not_found", "This candidate is no longer proposed for this document.");
  const { status } = candidate;
  if (status.state === "accepted" || status.state === "rejected") {
    const who = status.by ?? "Someone";
    throw new AppError(
      "conflict",
      `${who} already ${status.state} this candidate${status.itemRef && status.state === "accepted" ? ` (as ${status.itemRef})` : ""}. Nothing was changed: reload to see the list as it is now.`,
    );
  }
  if (status.state === "in_registry") throw new AppError("conflict", "This source is in the registry already: there is nothing to add.");
  return candidate;
}
