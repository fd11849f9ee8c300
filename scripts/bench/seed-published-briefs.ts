// Benchmark data: `count` published briefs made from the demo brief (itself seeded
// from the fixture through the real workflow), each with varied text — its sentences
// shuffled and its countries, leaders and numbers swapped — a topic or two, and a
// publication date somewhere in the last five years. Rows go in with multi-row
// inserts in batches; the publications share the demo brief's revision and review
// rows, which no reader page reads.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { BriefSnapshot } from "@/lib/revisions/snapshot";
import { contentHash } from "@/lib/revisions/content-hash";
import { readSnapshot } from "@/lib/revisions/read-snapshot";

const COUNTRIES = [
  "Georgia",
  "Moldova",
  "Belarus",
  "Kazakhstan",
  "Armenia",
  "Azerbaijan",
  "Syria",
  "Iran",
  "Venezuela",
  "Cuba",
  "Nicaragua",
  "Eritrea",
  "Mali",
  "Niger",
  "Serbia",
  "Hungary",
  "Turkey",
  "India",
  "China",
  "Brazil",
  "South Africa",
  "Indonesia",
  "Vietnam",
  "Laos",
  "Mongolia",
  "Myanmar",
  "Sudan",
  "Libya",
  "Algeria",
  "Egypt",
  "Ethiopia",
  "Kenya",
  "Nigeria",
  "Chile",
  "Peru",
  "Bolivia",
];
const LEADERS = [
  "the president",
  "the prime minister",
  "the foreign minister",
  "the defence minister",
  "the speaker of parliament",
  "the head of state",
];
const TOPICS = [
  "Diplomacy",
  "Sanctions",
  "Recognition",
  "Elections",
  "State media",
  "Treaties",
  "Trade",
  "Energy",
  "Security",
  "Human rights",
  "Courts",
  "Migration",
].map((name) => ({ slug: name.toLowerCase().replace(/\W+/g, "-"), name }));

/** A small seeded generator (mulberry32), so every run of a benchmark uses the same text. */
export function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function variant(template: BriefSnapshot, i: number, next: () => number) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const [a, b, c] = [pick(COUNTRIES), pick(COUNTRIES), pick(COUNTRIES)];
  const swap = (text: string) =>
    text
      .replace(/North Korea(n)?/g, (_m, n: string | undefined) => (n ? `${a}n` : a))
      .replace(/Pyongyang/g, `${a}'s capital`)
      .replace(/Ukraine/g, b)
      .replace(/Kyiv/g, `${b}'s capital`)
      .replace(/Russia/g, c)
      .replace(/Kim Jong[- ]Un|Putin/g, pick(LEADERS))
      .replace(/\b(19|20)\d\d\b/g, () => String(2000 + Math.floor(next() * 26)));
  const paragraphs = template.body.split(/\n{2,}/);
  const shuffled = paragraphs
    .map((p) => ({ p, k: p.startsWith("#") ? -1 : next() }))
    .sort((x, y) => x.k - y.k)
    .map((x) => x.p);
  const title = swap(template.title) + (i % 3 === 0 ? ` (${pick(["analysis", "timeline", "what we know"])})` : "");
  const slug = `${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)}-${i}`;
  const topics = [pick(TOPICS), ...(next() < 0.4 ? [pick(TOPICS)] : [])].filter((t, k, all) => all.indexOf(t) === k);
  const snapshot: BriefSnapshot = {
    ...template,
    slug,
    title,
    topics,
    summary: swap(template.summary),
    body: shuffled.map(swap).join("\n\n"),
    quotes: template.quotes.map((q) => ({ ...q, text: swap(q.text) })),
    events: template.events.map((e) => ({ ...e, description: swap(e.description) })),
  };
  return snapshot;
}

export async function seedPublishedBriefs(db: Db, count: number, log: (message: string) => void): Promise<{ slugs: string[] }> {
  const template = await db.publication.findFirstOrThrow({
    orderBy: { publishedAt: "asc" },
    select: {
      snapshot: true,
      revisionId: true,
      reviewId: true,
      publishedById: true,
      brief: { select: { authors: { select: { userId: true } } } },
    },
  });
  const snapshot = readSnapshot(template.snapshot);
  const authorId = template.brief.authors[0]!.userId;
  await db.topic.createMany({ data: TOPICS, skipDuplicates: true });
  const topicIds = new Map((await db.topic.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));

  const next = random(20261129);
  const now = Date.now();
  const run = randomBytes(3).toString("hex");
  const slugs: string[] = [];
  const batch = 1000;
  for (let start = 0; start < count; start += batch) {
    const rows = Array.from({ length: Math.min(batch, count - start) }, (_, k) => {
      const i = start + k;
      const s = variant(snapshot, i, next);
      const id = `bench${run}${i.toString(36)}`;
      return { id, s: { ...s, briefId: id }, publishedAt: new Date(now - Math.floor(next() * 5 * 365 * 86_400_000)) };
    });
    await db.$transaction(async (tx) => {
      await tx.brief.createMany({
        data: rows.map(({ id, s }) => ({
          id,
          slug: s.slug,
          title: s.title,
          summary: s.summary,
          body: s.body,
          state: "published" as const,
        })),
      });
      await tx.briefAuthor.createMany({ data: rows.map(({ id }) => ({ briefId: id, userId: authorId })) });
      await tx.briefTopic.createMany({
        data: rows.flatMap(({ id, s }) => s.topics.map((t) => ({ briefId: id, topicId: topicIds.get(t.slug)! }))),
      });
      await tx.publication.createMany({
        data: rows.map(({ id, s, publishedAt }) => ({
          id: `p${id}`,
          briefId: id,
          revisionId: template.revisionId,
          reviewId: template.reviewId,
          version: 1,
          snapshot: s,
          contentHash: contentHash(s),
          publishedById: template.publishedById,
          publishedAt,
        })),
      });
      const ids = rows.map((r) => r.id);
      await tx.$executeRaw`UPDATE "Brief" SET "currentPublicationId" = 'p' || id WHERE id = ANY(${ids})`;
    });
    slugs.push(...rows.map((r) => r.s.slug));
    if ((start / batch) % 10 === 9 || start + batch >= count) log(`  ${Math.min(start + batch, count).toLocaleString("en")} briefs`);
  }
  await db.$executeRawUnsafe("ANALYZE");
  return { slugs };
}
