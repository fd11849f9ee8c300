// A source's public page: what the registry says about it (kind, country, homepage,
// reliability and why, state affiliation) and the visible briefs that rest on it —
// as their latest publication has it: a document it published, a quote whose speaker
// it is, an event it reported (the generated "sourceIds" column of the snapshot).
// An unconfirmed proposal that no visible brief cites does not exist for readers.
import { db, Prisma } from "@/lib/db/client";
import { toSummary, type PublishedBriefSummary } from "./list-published-briefs";
import { briefPageSql } from "./visible-publication";

export type ReaderSource = {
  slug: string;
  name: string;
  kind: string;
  country: string | null;
  homepageUrl: string | null;
  reliability: "high" | "mixed" | "low" | "unrated";
  reliabilityRationale: string;
  stateAffiliated: boolean;
  retired: boolean;
  /** the newest citing briefs, at most `take` */
  briefs: PublishedBriefSummary[];
  briefCount: number;
};

export async function getReaderSource({
  slug,
  take = 50,
  now = new Date(),
}: {
  slug: string;
  take?: number;
  now?: Date;
}): Promise<ReaderSource | null> {
  const source = await db().source.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      country: true,
      homepageUrl: true,
      reliability: true,
      reliabilityRationale: true,
      stateAffiliated: true,
      confirmed: true,
      retiredAt: true,
    },
  });
  if (!source) return null;
  const rows = await db().$queryRaw<(PublishedBriefSummary & { total: number })[]>(
    briefPageSql({ now, where: Prisma.sql`p."sourceIds" ? ${source.id}`, limit: take, withTotal: true }),
  );
  if (!source.confirmed && rows.length === 0) return null;
  return {
    slug: source.slug,
    name: source.name,
    kind: source.kind,
    country: source.country,
    homepageUrl: source.homepageUrl,
    reliability: source.reliability,
    reliabilityRationale: source.reliabilityRationale,
    stateAffiliated: source.stateAffiliated,
    retired: source.retiredAt !== null,
    briefs: rows.map(toSummary),
    briefCount: rows[0]?.total ?? 0,
  };
}
