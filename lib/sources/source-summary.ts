// What the registry reads and returns about a source: plain objects, never raw rows.
import type { Prisma, Reliability, SourceKind } from "@/lib/db/client";

export const SOURCE_SUMMARY = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  homepageUrl: true,
  domains: true,
  country: true,
  reliability: true,
  reliabilityRationale: true,
  stateAffiliated: true,
  notes: true,
  confirmed: true,
  retiredAt: true,
  createdAt: true,
  updatedAt: true,
  proposedBy: { select: { id: true, name: true } },
} as const satisfies Prisma.SourceSelect;

export type SourceSummary = Prisma.SourceGetPayload<{ select: typeof SOURCE_SUMMARY }>;

/** Where a source is cited: as a document's publisher, a quote's speaker, an event's reporter. */
export const CITATION_COUNT = {
  _count: { select: { documents: true, spokenQuotes: true, reportedEvents: true } },
} as const satisfies Prisma.SourceSelect;

export type Citations = { documents: number; quotes: number; events: number };

export function citationsOf(row: { _count: { documents: number; spokenQuotes: number; reportedEvents: number } }): Citations {
  return { documents: row._count.documents, quotes: row._count.spokenQuotes, events: row._count.reportedEvents };
}

export function citedTotal(citations: Citations): number {
  return citations.documents + citations.quotes + citations.events;
}

/** One entry of a picker: documents pick a publisher, quotes a speaker source. */
export type SourceOption = { id: string; name: string; kind: SourceKind; confirmed: boolean; retired: boolean };

export type { Reliability, SourceKind };

// The database may sort bytewise (a C collation puts "beta" after "Gamma" and
// "Éclair" after "Zeta"): lists are sorted here, as a reader expects.
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
export function byName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
