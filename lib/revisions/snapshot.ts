// A snapshot is everything a reader would see of a brief, as plain JSON: what a
// revision freezes, what a review checks and what a publication shows. Its content
// hash is the identity that approval and publication are bound to.
import type { Tx } from "@/lib/db/client";
import { toIsoDay } from "@/lib/dates/precision";
import { explainQuote } from "@/lib/quotes/explain-verification";
import type { QuoteDiffPart } from "@/lib/quotes/match-quote";
import { readVerdictRatings, scaleBounds } from "@/lib/verdicts/verdict-scale";
import { contentHash } from "./content-hash";

export type SnapshotSource = {
  id: string;
  slug: string;
  name: string;
  kind: string;
  homepageUrl: string | null;
  country: string | null;
  reliability: string;
  reliabilityRationale: string;
  stateAffiliated: boolean;
};

export type SnapshotDocument = {
  id: string;
  ref: string | null;
  title: string;
  url: string | null;
  author: string | null;
  publishedOn: string | null;
  language: string;
  contentHash: string;
  source: SnapshotSource;
  /**
   * Only on the desk's own record of what it heard (who on the desk made it, how, and
   * the day: publishedOn). Absent on published material, so snapshots made before own
   * records existed keep their content hash.
   */
  record?: { method: string; by: string };
};

export type SnapshotQuote = {
  ref: string;
  text: string;
  speakerName: string;
  speakerTitle: string;
  speakerSource: SnapshotSource | null;
  documentId: string;
  saidOn: string | null;
  saidOnPrecision: string | null;
  language: string;
  translationNote: string;
  context: string;
  verification: string;
  /**
   * Only on an altered quote: the passage of its document it differs from, with some
   * text around it, and the word diff — what readers are shown (DESIGN rule 7). Absent
   * otherwise, so snapshots of briefs without altered quotes keep their content hash.
   */
  difference?: QuoteDifference;
};

export type QuoteDifference = { passage: string; before: string; after: string; diff: QuoteDiffPart[] };

export type SnapshotEvent = {
  ref: string;
  description: string;
  dateStart: string;
  dateEnd: string | null;
  precision: string;
  dateLabel: string;
  place: string;
  /** only when it has not happened yet (absent otherwise, so snapshots frozen before the flag hash alike) */
  planned?: true;
  reportedBy: SnapshotSource | null;
  documentIds: string[];
};

/** A claim's verdict as it was when frozen: readers see these words even if the scale changes later. */
export type SnapshotVerdict = {
  id: string;
  name: string;
  definition: string;
  value: number;
  /** the scale's bounds then (ClaimReview bestRating, worstRating) */
  best: number;
  worst: number;
};

export type SnapshotClaim = {
  ref: string;
  text: string;
  quoted: boolean;
  speakerName: string;
  speakerSource: SnapshotSource | null;
  /** where it first appeared: a document of the brief, or a URL */
  documentId: string | null;
  appearanceUrl: string | null;
  appearedOn: string | null;
  /** null in conclusion-only mode, or while the editor has not chosen one */
  verdict: SnapshotVerdict | null;
  conclusion: string;
};

export type BriefSnapshot = {
  briefId: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  topics: { slug: string; name: string }[];
  authors: { id: string; name: string }[];
  quotes: SnapshotQuote[];
  events: SnapshotEvent[];
  /**
   * Absent when the brief has no claims, so that snapshots made before claims existed
   * (and briefs without claims) keep their content hash: read it with claimsOf().
   */
  claims?: SnapshotClaim[];
  documents: SnapshotDocument[];
};

export const claimsOf = (snapshot: Pick<BriefSnapshot, "claims">): SnapshotClaim[] => snapshot.claims ?? [];

const sourceSelect = {
  id: true, slug: true, name: true, kind: true, homepageUrl: true, country: true,
  reliability: true, reliabilityRationale: true, stateAffiliated: true,
} as const;

const day = (d: Date | null) => (d ? toIsoDay(d) : null);

/** Reads the brief's current state inside `tx` and freezes it. */
export async function buildSnapshot(tx: Tx, briefId: string): Promise<{ snapshot: BriefSnapshot; contentHash: string }> {
  const brief = await tx.brief.findUniqueOrThrow({
    where: { id: briefId },
    select: {
      id: true, slug: true, title: true, summary: true, body: true,
      topics: { select: { topic: { select: { slug: true, name: true } } }, orderBy: { topic: { name: "asc" } } },
      authors: { select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } },
      quotes: { orderBy: { position: "asc" }, include: { speakerSource: { select: sourceSelect } } },
      events: { orderBy: [{ dateStart: "asc" }, { position: "asc" }], include: { citations: { select: { documentId: true } }, reportedBy: { select: sourceSelect } } },
      claims: {
        orderBy: { position: "asc" },
        include: { speakerSource: { select: sourceSelect }, rating: { select: { id: true, name: true, definition: true, value: true } } },
      },
    },
  });

  // Every document the brief cites: by marker, through a quote or through an event.
  const refs = await tx.briefDocument.findMany({ where: { briefId }, select: { documentId: true, ref: true } });
  const refByDocument = new Map(refs.map((r) => [r.documentId, r.ref]));
  const documentIds = new Set([
    ...refByDocument.keys(),
    ...brief.quotes.map((q) => q.documentId),
    ...brief.events.flatMap((e) => e.citations.map((c) => c.documentId)),
    ...brief.claims.flatMap((c) => (c.documentId ? [c.documentId] : [])),
  ]);
  const bounds = brief.claims.some((c) => c.rating) ? scaleBounds(await readVerdictRatings(tx)) : null;
  const documents = await tx.document.findMany({
    where: { id: { in: [...documentIds] } },
    orderBy: [{ publishedOn: "asc" }, { title: "asc" }],
    include: { source: { select: sourceSelect } },
  });

  const altered = brief.quotes.filter((q) => q.verification === "altered");
  const alteredTexts = new Map(
    altered.length === 0 ? [] : (await tx.document.findMany({
      where: { id: { in: [...new Set(altered.map((q) => q.documentId))] } }, select: { id: true, capturedText: true },
    })).map((d) => [d.id, d.capturedText]),
  );
  const difference = (text: string, documentId: string): QuoteDifference | null => {
    const check = explainQuote(text, alteredTexts.get(documentId) ?? "");
    return check.passage && check.status === "altered" ? { passage: check.passage.text, before: check.before, after: check.after, diff: check.diff } : null;
  };

  const snapshot: BriefSnapshot = {
    briefId: brief.id,
    slug: brief.slug,
    title: brief.title,
    summary: brief.summary,
    body: brief.body,
    topics: brief.topics.map((t) => t.topic),
    authors: brief.authors.map((a) => a.user),
    quotes: brief.quotes.map((q) => {
      const differs = q.verification === "altered" ? difference(q.text, q.documentId) : null;
      return {
        ref: q.ref, text: q.text, speakerName: q.speakerName, speakerTitle: q.speakerTitle,
        speakerSource: q.speakerSource, documentId: q.documentId, saidOn: day(q.saidOn),
        saidOnPrecision: q.saidOnPrecision, language: q.language, translationNote: q.translationNote,
        context: q.context, verification: q.verification,
        ...(differs && { difference: differs }),
      };
    }),
    events: brief.events.map((e) => ({
      ref: e.ref, description: e.description, dateStart: toIsoDay(e.dateStart), dateEnd: day(e.dateEnd),
      precision: e.precision, dateLabel: e.dateLabel, place: e.place, ...(e.planned && { planned: true as const }), reportedBy: e.reportedBy,
      documentIds: e.citations.map((c) => c.documentId).sort(),
    })),
    ...(brief.claims.length > 0 && {
      claims: brief.claims.map((c) => ({
        ref: c.ref, text: c.text, quoted: c.quoted, speakerName: c.speakerName, speakerSource: c.speakerSource,
        documentId: c.documentId, appearanceUrl: c.appearanceUrl, appearedOn: day(c.appearedOn),
        verdict: c.rating && {
          ...c.rating,
          best: Math.max(c.rating.value, bounds?.best ?? c.rating.value),
          worst: Math.min(c.rating.value, bounds?.worst ?? c.rating.value),
        },
        conclusion: c.conclusion,
      })),
    }),
    documents: documents.map((d) => ({
      id: d.id, ref: refByDocument.get(d.id) ?? null, title: d.title, url: d.url, author: d.author,
      publishedOn: day(d.publishedOn), language: d.language, contentHash: d.contentHash, source: d.source,
      ...(d.kind === "own_record" && { record: { method: d.recordMethod ?? "", by: d.recordedBy ?? "" } }),
    })),
  };
  return { snapshot, contentHash: contentHash(snapshot) };
}
