import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import { db, type Tx } from "@/lib/db/client";
import { newActor } from "@/lib/test-support";
import { addEvent, addQuote, buildBrief, buildDocument, buildSource, citeDocument } from "@/prisma/seed/factories";
import { approve, submitForReview } from "@/prisma/seed/workflow";
import { getPublishedDocument } from "./get-published-document";
import { getReaderSource } from "./get-reader-source";
import { getReaderTopic } from "./get-reader-topic";
import { listPublishedBriefs } from "./list-published-briefs";
import { listTopics } from "./list-topics";
import { publishBrief } from "./publish-brief";
import { withdrawBrief } from "./withdraw-brief";

const unique = () => randomBytes(4).toString("hex");
const topic = (name: string) => ({ slug: `${name.toLowerCase()}-${unique()}`, name });

type Citing = { publisherId?: string; speakerSourceId?: string; reporterId?: string };

/** A brief with a document, a quote and an event, reviewed by a second editor; `state` says how far it goes. */
async function briefWith(
  author: Actor,
  {
    title = `Brief ${unique()}`,
    topics = [],
    cites = {},
    state = "published",
  }: { title?: string; topics?: { slug: string; name: string }[]; cites?: Citing; state?: "approved" | "published" } = {},
) {
  const reviewer = await newActor();
  const brief = await db().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText: "She said “the words that matter” on Monday.", sourceId: cites.publisherId });
    const b = await buildBrief(tx, { title, topics, authorIds: [author.id], body: "Said [@q1] on [@e1], per [@d1]." });
    await citeDocument(tx, { briefId: b.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, {
      briefId: b.id,
      documentId: document.id,
      ref: "q1",
      text: "the words that matter",
      speakerName: "A Speaker",
      speakerSourceId: cites.speakerSourceId,
    });
    await addEvent(tx, {
      briefId: b.id,
      ref: "e1",
      description: "She spoke",
      date: "2024-03-04",
      precision: "day",
      reportedById: cites.reporterId,
      documentIds: [document.id],
    });
    await reviewed(tx, b.id, author.id, reviewer.id);
    return b;
  });
  if (state === "published") await publishBrief(author, { briefId: brief.id });
  return brief;
}

async function reviewed(tx: Tx, briefId: string, authorId: string, reviewerId: string) {
  const { review } = await submitForReview(tx, { briefId, authorId, reviewerId });
  await approve(tx, { reviewId: review.id, reviewerId });
}

/** The desk's edit path for a published brief: a next version in the works, topics replaced. */
async function retopic(briefId: string, author: Actor, topics: { slug: string; name: string }[]) {
  await db().$transaction((tx) =>
    editBrief(tx, { briefId, actorId: author.id }, async () => {
      await tx.briefTopic.deleteMany({ where: { briefId } });
      for (const t of topics) {
        const { id } = await tx.topic.upsert({ where: { slug: t.slug }, create: t, update: {}, select: { id: true } });
        await tx.briefTopic.create({ data: { briefId, topicId: id } });
      }
    }),
  );
}

const slugsOf = (page: { items: { slug: string }[] }) => page.items.map((b) => b.slug);
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe("listPublishedBriefs", () => {
  it("pages newest first, with hasNext only while an older page exists", async () => {
    const author = await newActor();
    const filed = topic("Paging");
    const briefs = [];
    for (let i = 0; i < 5; i++) briefs.push(await briefWith(author, { topics: [filed] }));
    const newestFirst = briefs.map((b) => b.slug).reverse();

    const pages = await Promise.all([1, 2, 3, 4].map((page) => listPublishedBriefs({ page, pageSize: 2, topicSlug: filed.slug })));

    expect(pages.map(slugsOf)).toEqual([newestFirst.slice(0, 2), newestFirst.slice(2, 4), newestFirst.slice(4), []]);
    expect(pages.map((p) => p.hasNext)).toEqual([true, true, false, false]);
    expect((await listPublishedBriefs({ page: 0, topicSlug: filed.slug })).items).toEqual([]);
    const dates = pages.flatMap((p) => p.items.map((b) => b.publishedAt.getTime()));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(pages[0]!.items[0]).toMatchObject({ title: briefs[4]!.title, summary: "A one-sentence summary.", topics: [filed] });
  });

  it("filters by the topics of the publication, not of a next version being drafted", async () => {
    const author = await newActor();
    const [before, after] = [topic("Before"), topic("After")];
    const brief = await briefWith(author, { title: "Filed under Before", topics: [before] });

    await retopic(brief.id, author, [after]);

    expect(slugsOf(await listPublishedBriefs({ topicSlug: before.slug }))).toEqual([brief.slug]);
    expect(slugsOf(await listPublishedBriefs({ topicSlug: after.slug }))).toEqual([]);
    expect((await listPublishedBriefs()).items.find((b) => b.slug === brief.slug)).toMatchObject({
      title: "Filed under Before",
      topics: [before],
    });
    expect((await listTopics()).map((t) => t.slug)).not.toContain(after.slug);
    expect(await getReaderTopic({ slug: after.slug })).toBeNull();

    // Once the next version is reviewed and published, it moves.
    const reviewer = await newActor();
    await db().$transaction((tx) => reviewed(tx, brief.id, author.id, reviewer.id));
    await publishBrief(author, { briefId: brief.id, correction: { kind: "update", note: "Filed under the right topic now." } });
    expect(slugsOf(await listPublishedBriefs({ topicSlug: before.slug }))).toEqual([]);
    expect(slugsOf(await listPublishedBriefs({ topicSlug: after.slug }))).toEqual([brief.slug]);
  });

  it("shows a scheduled brief only from its time, and a scheduled next version only then", async () => {
    const author = await newActor();
    const filed = topic("Scheduled");
    const first = await briefWith(author, { topics: [filed], state: "approved" });
    const at = inMinutes(60);
    await publishBrief(author, { briefId: first.id, scheduledFor: at.toISOString() });

    expect(slugsOf(await listPublishedBriefs({ topicSlug: filed.slug }))).toEqual([]);
    expect(slugsOf(await listPublishedBriefs({ topicSlug: filed.slug, now: inMinutes(61) }))).toEqual([first.slug]);

    const second = await briefWith(author, { title: "Version one", topics: [filed] });
    // made before the transaction: the embedded database has one connection
    const secondReviewer = await newActor();
    await db().$transaction(async (tx) => {
      await editBrief(tx, { briefId: second.id, actorId: author.id }, () =>
        tx.brief.update({ where: { id: second.id }, data: { title: "Version two" } }),
      );
      await reviewed(tx, second.id, author.id, secondReviewer.id);
    });
    await publishBrief(author, {
      briefId: second.id,
      scheduledFor: at.toISOString(),
      correction: { kind: "correction", note: "The title was wrong." },
    });

    const now = await listPublishedBriefs({ topicSlug: filed.slug });
    expect(now.items.map((b) => b.title)).toEqual(["Version one"]);
    const later = await listPublishedBriefs({ topicSlug: filed.slug, now: inMinutes(61) });
    expect(later.items.map((b) => b.title).sort()).toEqual([first.title, "Version two"].sort());
  });

  it("drops a withdrawn brief from every list", async () => {
    const author = await newActor();
    const filed = topic("Withdrawn");
    const [kept, withdrawn] = [await briefWith(author, { topics: [filed] }), await briefWith(author, { topics: [filed] })];

    await withdrawBrief(author, { briefId: withdrawn.id, reason: "The statement it rests on was retracted." });

    expect(slugsOf(await listPublishedBriefs({ topicSlug: filed.slug }))).toEqual([kept.slug]);
    expect(slugsOf(await listPublishedBriefs())).not.toContain(withdrawn.slug);
    expect((await listTopics()).find((t) => t.slug === filed.slug)?.briefCount).toBe(1);
  });
});

describe("listTopics and getReaderTopic", () => {
  it("count the visible briefs under each topic, and know nothing of topics only drafts use", async () => {
    const author = await newActor();
    const [shared, single, draftOnly] = [topic("Shared"), topic("Single"), topic("Draft only")];
    await briefWith(author, { topics: [shared, single] });
    await briefWith(author, { topics: [shared] });
    await db().$transaction((tx) => buildBrief(tx, { topics: [draftOnly] }));

    const topics = await listTopics();
    expect(topics.filter((t) => [shared.slug, single.slug, draftOnly.slug].includes(t.slug))).toEqual([
      { ...shared, briefCount: 2 },
      { ...single, briefCount: 1 },
    ]);
    expect(await getReaderTopic({ slug: shared.slug })).toMatchObject({ topic: shared, hasNext: false, items: [{}, {}] });
    expect(await getReaderTopic({ slug: draftOnly.slug })).toBeNull();
    expect(await getReaderTopic({ slug: "no-such-topic" })).toBeNull();
    expect(await getReaderTopic({ slug: shared.slug, page: 2 })).toBeNull();
  });
});

describe("getReaderSource", () => {
  it("lists the visible briefs that cite the source as publisher, speaker or reporter, and no others", async () => {
    const author = await newActor();
    const source = await db().$transaction((tx) =>
      buildSource(tx, {
        name: "State news agency",
        kind: "agency",
        country: "KP",
        homepageUrl: "https://agency.example",
        reliability: "low",
        reliabilityRationale: "Publishes the government's line.",
        stateAffiliated: true,
      }),
    );
    const published = await briefWith(author, { title: "Its document", cites: { publisherId: source.id } });
    const spoken = await briefWith(author, { title: "Its speaker", cites: { speakerSourceId: source.id } });
    const reported = await briefWith(author, { title: "Its report", cites: { reporterId: source.id } });
    await briefWith(author, { title: "Someone else" });
    await briefWith(author, { title: "Approved, not published", cites: { publisherId: source.id }, state: "approved" });
    const withdrawn = await briefWith(author, { title: "Withdrawn", cites: { speakerSourceId: source.id } });
    await withdrawBrief(author, { briefId: withdrawn.id, reason: "The statement it rests on was retracted." });

    const seen = await getReaderSource({ slug: source.slug });

    expect(seen).toMatchObject({
      name: "State news agency",
      kind: "agency",
      country: "KP",
      homepageUrl: "https://agency.example",
      reliability: "low",
      reliabilityRationale: "Publishes the government's line.",
      stateAffiliated: true,
      retired: false,
      briefCount: 3,
    });
    expect(seen?.briefs.map((b) => b.slug)).toEqual([reported.slug, spoken.slug, published.slug]);
    expect(await getReaderSource({ slug: source.slug, take: 2 })).toMatchObject({
      briefCount: 3,
      briefs: [{ slug: reported.slug }, { slug: spoken.slug }],
    });
  });

  it("lists a brief by what its publication cites, even when the next version no longer cites the source", async () => {
    const author = await newActor();
    const source = await db().$transaction((tx) => buildSource(tx));
    const brief = await briefWith(author, { cites: { speakerSourceId: source.id } });
    await db().$transaction((tx) =>
      editBrief(tx, { briefId: brief.id, actorId: author.id }, () =>
        tx.quote.updateMany({ where: { briefId: brief.id }, data: { speakerSourceId: null } }),
      ),
    );
    expect((await getReaderSource({ slug: source.slug }))?.briefs.map((b) => b.slug)).toEqual([brief.slug]);
  });

  it("shows a confirmed source nobody cites yet, but not an unconfirmed proposal", async () => {
    const [confirmed, proposed] = await db().$transaction(async (tx) => [await buildSource(tx), await buildSource(tx)]);
    await db().source.update({ where: { id: proposed!.id }, data: { confirmed: false } });
    expect(await getReaderSource({ slug: confirmed!.slug })).toMatchObject({ briefs: [], briefCount: 0 });
    expect(await getReaderSource({ slug: proposed!.slug })).toBeNull();
    expect(await getReaderSource({ slug: "no-such-source" })).toBeNull();
  });
});

describe("getPublishedDocument", () => {
  it("gives the captured text of a document the publication cites, and nothing else", async () => {
    const author = await newActor();
    const brief = await briefWith(author);
    const later = await db().$transaction(async (tx) => {
      const document = await buildDocument(tx, { capturedText: "Added to the next version only." });
      await editBrief(tx, { briefId: brief.id, actorId: author.id }, () =>
        citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d2" }),
      );
      return document;
    });

    const found = await getPublishedDocument({ slug: brief.slug, ref: "d1" });
    expect(found?.document).toMatchObject({
      ref: "d1",
      capturedText: "She said “the words that matter” on Monday.",
      capturedAt: expect.any(Date),
    });
    expect(found?.document.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(found?.brief).toEqual({ slug: brief.slug, title: brief.title, withdrawn: false });
    expect(await getPublishedDocument({ slug: brief.slug, ref: "d2" })).toBeNull();
    expect(await getPublishedDocument({ slug: brief.slug, ref: later.id })).toBeNull();
    expect(await getPublishedDocument({ slug: "no-such-brief", ref: "d1" })).toBeNull();

    await withdrawBrief(author, { briefId: brief.id, reason: "The statement it rests on was retracted." });
    expect((await getPublishedDocument({ slug: brief.slug, ref: "d1" }))?.brief.withdrawn).toBe(true);
  });
});
