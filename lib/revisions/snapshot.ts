// A snapshot is everything a reader would see of a brief, as plain JSON: what a
// revision freezes, what a review checks and what a publication shows. Its content
// hash is the identity that approval and publication are bound to.
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { toIsoDay } from "@/lib/dates/precision";
import { explainQuote } from "@/lib/quotes/explain-verification";
import { readVerdictRatings, scaleBounds } from "@/lib/verdicts/verdict-scale";
import { contentHash } from "./content-hash";

// The snapshot's shape is its zod schema: the types below are inferred from it, and
// readSnapshot (./read-snapshot.ts) checks every stored snapshot against it.
const sourceSchema = z.strictObject({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  homepageUrl: z.string().nullable(),
  country: z.string().nullable(),
  reliability: z.string(),
  reliabilityRationale: z.string(),
  stateAffiliated: z.boolean(),
});
export type SnapshotSource = z.infer<typeof sourceSchema>;

const documentSchema = z.strictObject({
  id: z.string(),
  ref: z.string().nullable(),
  title: z.string(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  publishedOn: z.string().nullable(),
  language: z.string(),
  contentHash: z.string(),
  source: sourceSchema,
  /**
   * Only on the desk's own record of what it heard (who on the desk made it, how, and
   * the day: publishedOn). Absent on published material, so snapshots made before own
   * records existed keep their content hash.
   */
  record: z.strictObject({ method: z.string(), by: z.string() }).optional(),
});
export type SnapshotDocument = z.infer<typeof documentSchema>;

/** lib/quotes/match-quote.ts's QuoteDiffPart, as stored. */
const diffPartSchema = z.union([
  z.strictObject({ op: z.enum(["same", "dropped", "omitted", "added"]), text: z.string() }),
  z.strictObject({ op: z.enum(["changed", "insertion"]), text: z.string(), source: z.string() }),
]);

const differenceSchema = z.strictObject({ passage: z.string(), before: z.string(), after: z.string(), diff: z.array(diffPartSchema) });
export type QuoteDifference = z.infer<typeof differenceSchema>;

const quoteSchema = z.strictObject({
  ref: z.string(),
  text: z.string(),
  speakerName: z.string(),
  speakerTitle: z.string(),
  speakerSource: sourceSchema.nullable(),
  documentId: z.string(),
  saidOn: z.string().nullable(),
  saidOnPrecision: z.string().nullable(),
  language: z.string(),
  translationNote: z.string(),
  context: z.string(),
  verification: z.string(),
  /**
   * Only on an altered quote: the passage of its document it differs from, with some
   * text around it, and the word diff — what readers are shown (DESIGN rule 7). Absent
   * otherwise, so snapshots of briefs without altered quotes keep their content hash.
   */
  difference: differenceSchema.optional(),
});
export type SnapshotQuote = z.infer<typeof quoteSchema>;

const eventSchema = z.strictObject({
  ref: z.string(),
  description: z.string(),
  dateStart: z.string(),
  dateEnd: z.string().nullable(),
  precision: z.string(),
  dateLabel: z.string(),
  place: z.string(),
  /** only when it has not happened yet (absent otherwise, so snapshots frozen before the flag hash alike) */
  planned: z.literal(true).optional(),
  reportedBy: sourceSchema.nullable(),
  documentIds: z.array(z.string()),
});
export type SnapshotEvent = z.infer<typeof eventSchema>;

/** A claim's verdict as it was when frozen: readers see these words even if the scale changes later. */
const verdictSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  definition: z.string(),
  value: z.number(),
  /** the scale's bounds then (ClaimReview bestRating, worstRating) */
  best: z.number(),
  worst: z.number(),
});
export type SnapshotVerdict = z.infer<typeof verdictSchema>;

const claimSchema = z.strictObject({
  ref: z.string(),
  text: z.string(),
  quoted: z.boolean(),
  speakerName: z.string(),
  speakerSource: sourceSchema.nullable(),
  /** where it first appeared: a document of the brief, or a URL */
  documentId: z.string().nullable(),
  appearanceUrl: z.string().nullable(),
  appearedOn: z.string().nullable(),
  /** null in conclusion-only mode, or while the editor has not chosen one */
  verdict: verdictSchema.nullable(),
  conclusion: z.string(),
});
export type SnapshotClaim = z.infer<typeof claimSchema>;

export const briefSnapshotSchema = z.strictObject({
  briefId: z.string(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  topics: z.array(z.strictObject({ slug: z.string(), name: z.string() })),
  authors: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  quotes: z.array(quoteSchema),
  events: z.array(eventSchema),
  /**
   * Absent when the brief has no claims, so that snapshots made before claims existed
   * (and briefs without claims) keep their content hash: read it with claimsOf().
   */
  claims: z.array(claimSchema).optional(),
  documents: z.array(documentSchema),
});
export type BriefSnapshot = z.infer<typeof briefSnapshotSchema>;

export const claimsOf = (snapshot: Pick<BriefSnapshot, "claims">): SnapshotClaim[] => snapshot.claims ?? [];

const sourceSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  homepageUrl: true,
  country: true,
  reliability: true,
  reliabilityRationale: true,
  stateAffiliated: true,
} as const;

const day = (d: Date | null) => (d ? toIsoDay(d) : null);

/** Reads the brief's current state inside `tx` and freezes it. */
export async function buildSnapshot(tx: Tx, briefId: string): Promise<{ snapshot: BriefSnapshot; contentHash: string }> {
  const brief = await tx.brief.findUniqueOrThrow({
    where: { id: briefId },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      body: true,
      topics: { select: { topic: { select: { slug: true, name: true } } }, orderBy: { topic: { name: "asc" } } },
      authors: { select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } },
      quotes: { orderBy: { position: "asc" }, include: { speakerSource: { select: sourceSelect } } },
      events: {
        orderBy: [{ dateStart: "asc" }, { position: "asc" }],
        include: { citations: { select: { documentId: true } }, reportedBy: { select: sourceSelect } },
      },
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
    altered.length === 0
      ? []
      : (
          await tx.document.findMany({
            where: { id: { in: [...new Set(altered.map((q) => q.documentId))] } },
            select: { id: true, capturedText: true },
          })
        ).map((d) => [d.id, d.capturedText]),
  );
  const difference = (text: string, documentId: string): QuoteDifference | null => {
    const check = explainQuote(text, alteredTexts.get(documentId) ?? "");
    return check.passage && check.status === "altered"
      ? { passage: check.passage.text, before: check.before, after: check.after, diff: check.diff }
      : null;
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
        ref: q.ref,
        text: q.text,
        speakerName: q.speakerName,
        speakerTitle: q.speakerTitle,
        speakerSource: q.speakerSource,
        documentId: q.documentId,
        saidOn: day(q.saidOn),
        saidOnPrecision: q.saidOnPrecision,
        language: q.language,
        translationNote: q.translationNote,
        context: q.context,
        verification: q.verification,
        ...(differs && { difference: differs }),
      };
    }),
    events: brief.events.map((e) => ({
      ref: e.ref,
      description: e.description,
      dateStart: toIsoDay(e.dateStart),
      dateEnd: day(e.dateEnd),
      precision: e.precision,
      dateLabel: e.dateLabel,
      place: e.place,
      ...(e.planned && { planned: true as const }),
      reportedBy: e.reportedBy,
      documentIds: e.citations.map((c) => c.documentId).sort(),
    })),
    ...(brief.claims.length > 0 && {
      claims: brief.claims.map((c) => ({
        ref: c.ref,
        text: c.text,
        quoted: c.quoted,
        speakerName: c.speakerName,
        speakerSource: c.speakerSource,
        documentId: c.documentId,
        appearanceUrl: c.appearanceUrl,
        appearedOn: day(c.appearedOn),
        verdict: c.rating && {
          ...c.rating,
          best: Math.max(c.rating.value, bounds?.best ?? c.rating.value),
          worst: Math.min(c.rating.value, bounds?.worst ?? c.rating.value),
        },
        conclusion: c.conclusion,
      })),
    }),
    documents: documents.map((d) => ({
      id: d.id,
      ref: refByDocument.get(d.id) ?? null,
      title: d.title,
      url: d.url,
      author: d.author,
      publishedOn: day(d.publishedOn),
      language: d.language,
      contentHash: d.contentHash,
      source: d.source,
      ...(d.kind === "own_record" && { record: { method: d.recordMethod ?? "", by: d.recordedBy ?? "" } }),
    })),
  };
  return { snapshot, contentHash: contentHash(snapshot) };
}
