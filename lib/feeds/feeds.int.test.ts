import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import { db } from "@/lib/db/client";
import { publishBrief } from "@/lib/publishing/publish-brief";
import { withdrawBrief } from "@/lib/publishing/withdraw-brief";
import { newActor } from "@/lib/test-support";
import { addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { approve, submitForReview } from "@/prisma/seed/workflow";
import { getSiteFeed, getTopicFeed } from "./get-atom-feed";
import { listFeedEntries } from "./list-feed-entries";
import { getSitemap, getSitemapIndex, listSitemapIds } from "./get-sitemap";

type Topic = { slug: string; name: string };
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000);

/** A brief by `author`, submitted and approved by another editor, not yet published. */
async function approvedBrief(author: Actor, { title, topics = [] }: { title: string; topics?: Topic[] }) {
  const reviewer = await newActor();
  return db().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText: "She said “the words that matter” today." });
    const brief = await buildBrief(tx, { title, topics, authorIds: [author.id], body: "Said [@q1], per [@d1]." });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q1", text: "the words that matter", speakerName: "A Speaker" });
    const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id });
    await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
    return brief;
  });
}

/** Published, and (the clock moved rather than waited for) dated `at`. */
async function publishedBrief(input: { title: string; topics?: Topic[]; at?: Date }) {
  const author = await newActor();
  const brief = await approvedBrief(author, input);
  await publishBrief(author, { briefId: brief.id });
  if (input.at) await db().publication.updateMany({ where: { briefId: brief.id }, data: { publishedAt: input.at } });
  return { ...brief, author };
}

/** An edit through the desk's own path, approved by another editor. */
async function editAndApprove(briefId: string, author: Actor, data: { title?: string; topics?: Topic[] }) {
  const reviewer = await newActor();
  await db().$transaction(async (tx) => {
    await editBrief(tx, { briefId, actorId: author.id }, async () => {
      if (data.title) await tx.brief.update({ where: { id: briefId }, data: { title: data.title } });
      if (data.topics) {
        await tx.briefTopic.deleteMany({ where: { briefId } });
        for (const t of data.topics) {
          const topic = await tx.topic.upsert({ where: { slug: t.slug }, create: t, update: {} });
          await tx.briefTopic.create({ data: { briefId, topicId: topic.id } });
        }
      }
    });
    if (data.topics) return; // left as a draft: readers still see the last publication
    const { review } = await submitForReview(tx, { briefId, authorId: author.id, reviewerId: reviewer.id });
    await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
  });
}

const atom = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["entry", "link", "author"].includes(name),
});
const entriesOf = (
  xml: string,
): { id: string; title: { "#text": string }; updated: string; published: string; link: { href: string }[] }[] =>
  atom.parse(xml).feed.entry ?? [];
const slugsIn = (entries: { slug: string }[]) => entries.map((e) => e.slug);

describe("the site's Atom feed", () => {
  it("lists visible briefs, most recently published first, with their first and latest publication", async () => {
    const older = await publishedBrief({ title: "Older brief", at: hoursAgo(3) });
    const newerAt = hoursAgo(1);
    const newer = await publishedBrief({ title: "Newer brief", at: newerAt });

    const entries = await listFeedEntries();
    expect(slugsIn(entries).indexOf(newer.slug)).toBeLessThan(slugsIn(entries).indexOf(older.slug));
    const entry = entries.find((e) => e.slug === newer.slug)!;
    expect(entry).toMatchObject({
      briefId: newer.id,
      title: "Newer brief",
      authors: [{ name: newer.author.name }],
      publishedAt: newerAt,
      firstPublishedAt: newerAt,
    });

    const xml = await getSiteFeed();
    const feed = atom.parse(xml).feed;
    const ids = entriesOf(xml).map((e) => e.link[0]!.href);
    expect(ids.indexOf(`http://localhost:3000/briefs/${newer.slug}`)).toBeLessThan(
      ids.indexOf(`http://localhost:3000/briefs/${older.slug}`),
    );
    expect(feed.updated).toBe(entriesOf(xml)[0]!.updated);
  });

  it("holds a scheduled publication only once its time has come", async () => {
    const author = await newActor();
    const brief = await approvedBrief(author, { title: "Scheduled brief" });
    const at = inMinutes(60);
    await publishBrief(author, { briefId: brief.id, scheduledFor: at.toISOString() });

    expect(slugsIn(await listFeedEntries())).not.toContain(brief.slug);
    expect(entriesOf(await getSiteFeed()).map((e) => e.title["#text"])).not.toContain("Scheduled brief");
    const later = await listFeedEntries({ now: inMinutes(61) });
    expect(later.find((e) => e.slug === brief.slug)).toMatchObject({ publishedAt: at, firstPublishedAt: at });
  });

  it("drops a withdrawn brief", async () => {
    const brief = await publishedBrief({ title: "Soon withdrawn" });
    expect(slugsIn(await listFeedEntries())).toContain(brief.slug);

    await withdrawBrief(brief.author, { briefId: brief.id, reason: "The source retracted its report." });

    expect(slugsIn(await listFeedEntries())).not.toContain(brief.slug);
    expect(entriesOf(await getSiteFeed()).map((e) => e.title["#text"])).not.toContain("Soon withdrawn");
  });

  it("updates a corrected brief's entry in place: same id, the new version, updated now, published as before", async () => {
    const firstAt = hoursAgo(5);
    const brief = await publishedBrief({ title: "Original title", at: firstAt });
    const [before] = entriesOf(await getSiteFeed()).filter((e) => e.link[0]!.href.endsWith(`/briefs/${brief.slug}`));

    await editAndApprove(brief.id, brief.author, { title: "Corrected title" });
    const { publishedAt } = await publishBrief(brief.author, {
      briefId: brief.id,
      correction: { kind: "correction", note: "The title named the wrong ministry." },
    });

    const after = entriesOf(await getSiteFeed()).filter((e) => e.link[0]!.href.endsWith(`/briefs/${brief.slug}`));
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      id: before!.id,
      title: { "#text": "Corrected title" },
      updated: publishedAt.toISOString(),
      published: firstAt.toISOString(),
    });
    expect(entriesOf(await getSiteFeed())[0]!.id).toBe(before!.id);
  });
});

describe("a topic's Atom feed", () => {
  it("holds only the briefs whose publication has that topic", async () => {
    const drones = { slug: "drones", name: "Drones" };
    const grain = { slug: "grain", name: "Grain & exports" };
    await publishedBrief({ title: "Drone strikes", topics: [drones] });
    const onBoth = await publishedBrief({ title: "Drones over grain ports", topics: [grain, drones] });
    const onGrain = await publishedBrief({ title: "Grain deal", topics: [grain] });

    const xml = (await getTopicFeed("drones"))!;
    const feed = atom.parse(xml).feed;
    expect(feed.title).toBe("Drones · Briefdesk");
    expect(feed.link).toEqual(expect.arrayContaining([{ rel: "self", href: "http://localhost:3000/topics/drones/feed.xml" }]));
    expect(
      entriesOf(xml)
        .map((e) => e.title["#text"])
        .sort(),
    ).toEqual(["Drone strikes", "Drones over grain ports"]);
    expect(slugsIn(await listFeedEntries({ topicSlug: "grain" })).sort()).toEqual([onBoth.slug, onGrain.slug].sort());
  });

  it("follows the publication's topics, not a draft's, and is null for a topic that does not exist", async () => {
    const ports = { slug: "ports", name: "Ports" };
    const brief = await publishedBrief({ title: "Port closures", topics: [ports] });
    await editAndApprove(brief.id, brief.author, { topics: [{ slug: "shipping", name: "Shipping" }] });

    expect(slugsIn(await listFeedEntries({ topicSlug: "ports" }))).toEqual([brief.slug]);
    expect(await listFeedEntries({ topicSlug: "shipping" })).toEqual([]);
    expect(entriesOf((await getTopicFeed("shipping"))!)).toEqual([]);
    expect(await getTopicFeed("no-such-topic")).toBeNull();
  });
});

describe("the sitemap", () => {
  it("lists the home page and every visible brief, last modified at its latest publication", async () => {
    const at = hoursAgo(2);
    const brief = await publishedBrief({ title: "In the sitemap", at });
    const author = await newActor();
    const scheduled = await approvedBrief(author, { title: "Scheduled, not yet in the sitemap" });
    await publishBrief(author, { briefId: scheduled.id, scheduledFor: inMinutes(30).toISOString() });
    const withdrawn = await publishedBrief({ title: "Withdrawn, not in the sitemap" });
    await withdrawBrief(withdrawn.author, { briefId: withdrawn.id, reason: "The source retracted its report." });

    const urls = (await Promise.all((await listSitemapIds()).map((id) => getSitemap(id)))).flat();
    expect(urls[0]!.url).toBe("http://localhost:3000/");
    expect(urls).toContainEqual({ url: `http://localhost:3000/briefs/${brief.slug}`, lastModified: at });
    const listed = urls.map((u) => u.url);
    expect(listed).not.toContain(`http://localhost:3000/briefs/${scheduled.slug}`);
    expect(listed).not.toContain(`http://localhost:3000/briefs/${withdrawn.slug}`);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("is cut into files of at most perFile URLs, each URL in exactly one, and indexed", async () => {
    for (const title of ["Split one", "Split two", "Split three", "Split four"]) await publishedBrief({ title });
    const perFile = 2;
    const ids = await listSitemapIds({ perFile });
    const files = await Promise.all(ids.map((id) => getSitemap(id, { perFile })));
    const inOneFile = await getSitemap(0, { perFile: 1_000_000 });

    expect(inOneFile.length).toBeGreaterThanOrEqual(5);
    expect(ids).toHaveLength(Math.ceil(inOneFile.length / perFile));
    expect(files.every((f) => f.length > 0 && f.length <= perFile)).toBe(true);
    expect(files.flat()).toEqual(inOneFile);
    const index = new XMLParser({ isArray: (name) => name === "sitemap" }).parse(await getSitemapIndex({ perFile })).sitemapindex;
    expect(index.sitemap.map((s: { loc: string }) => s.loc)).toEqual(ids.map((id) => `http://localhost:3000/briefs/sitemap/${id}.xml`));
  });
});
