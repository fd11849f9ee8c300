// One brief as readers see it: its latest publication (never the working draft),
// who reviewed it and when, and its corrections log. A publication scheduled for later
// does not exist for readers until its time (see publish-brief.ts).
import { db } from "@/lib/db/client";
import { claimsOf, type BriefSnapshot, type SnapshotSource } from "@/lib/revisions/snapshot";
import { readSnapshot } from "@/lib/revisions/read-snapshot";

export type PublishedBrief = {
  snapshot: BriefSnapshot;
  version: number;
  publishedAt: Date;
  firstPublishedAt: Date;
  review: { reviewerName: string; decidedAt: Date | null; selfApproved: boolean } | null;
  corrections: { kind: string; note: string; createdAt: Date }[];
  withdrawn: { reason: string; at: Date } | null;
  /** every source the brief rests on: publishers of its documents, its speakers, claimants and reporters */
  sources: SnapshotSource[];
};

export async function getPublishedBrief(slug: string, now = new Date()): Promise<PublishedBrief | null> {
  const visible = { publishedAt: { lte: now } };
  const brief = await db().brief.findUnique({
    where: { slug },
    select: {
      withdrawnAt: true,
      withdrawnReason: true,
      publications: {
        where: visible,
        orderBy: { version: "desc" },
        select: {
          version: true,
          snapshot: true,
          publishedAt: true,
          selfApproved: true,
          review: { select: { decidedAt: true, reviewer: { select: { name: true } } } },
        },
      },
      corrections: { where: { publication: visible }, orderBy: { createdAt: "desc" }, select: { kind: true, note: true, createdAt: true } },
    },
  });
  const latest = brief?.publications[0];
  if (!brief || !latest) return null;
  // Readers see each quote's status as published: an altered quote stays "differs from
  // the source text", with how, whatever note the reviewer wrote (DESIGN rule 7).
  const snapshot = readSnapshot(latest.snapshot);
  return {
    snapshot,
    version: latest.version,
    publishedAt: latest.publishedAt,
    firstPublishedAt: brief.publications.at(-1)!.publishedAt,
    // An approved review always has its reviewer.
    review: latest.review?.reviewer
      ? { reviewerName: latest.review.reviewer.name, decidedAt: latest.review.decidedAt, selfApproved: latest.selfApproved }
      : null,
    corrections: brief.corrections,
    withdrawn: brief.withdrawnAt ? { reason: brief.withdrawnReason ?? "", at: brief.withdrawnAt } : null,
    sources: sourcesOf(snapshot),
  };
}

export function sourcesOf(snapshot: BriefSnapshot): SnapshotSource[] {
  const byId = new Map<string, SnapshotSource>();
  for (const d of snapshot.documents) byId.set(d.source.id, d.source);
  for (const q of snapshot.quotes) if (q.speakerSource) byId.set(q.speakerSource.id, q.speakerSource);
  for (const e of snapshot.events) if (e.reportedBy) byId.set(e.reportedBy.id, e.reportedBy);
  for (const c of claimsOf(snapshot)) if (c.speakerSource) byId.set(c.speakerSource.id, c.speakerSource);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
