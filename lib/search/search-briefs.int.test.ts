import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import { db } from "@/lib/db/client";
import { publishBrief } from "@/lib/publishing/publish-brief";
import { withdrawBrief } from "@/lib/publishing/withdraw-brief";
import { newActor, refusal } from "@/lib/test-support";
import { addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { approve, submitForReview } from "@/prisma/seed/workflow";
import { listSearchTopics } from "./list-search-topics";
import { MAX_SEARCH_PAGE, SEARCH_PAGE_SIZE, SEARCH_WINDOW } from "./schemas";
import { searchBriefs, type SearchHit } from "./search-briefs";

/** A whole review cycle in one transaction can outlast Prisma's 5 s default on the embedded database. */
const SLOW_MACHINE = { timeout: 30_000 };

/** A made-up word no other test uses (letters only, so the stemmer leaves it alone). */
const word = () => Array.from({ length: 9 }, () => String.fromCharCode(97 + randomInt(26))).join("");

type Content = { title?: string; summary?: string; body?: string; quote?: string; topics?: { slug: string; name: string }[] };

/** Fields as an editor would save them: every quote cited in the body, so the brief passes its checks. */
function fields({
  title = `A brief ${word()}`,
  summary = "What happened, in one sentence.",
  body = "",
  quote = "we will not comment",
  topics = [],
}: Content) {
  return { title, summary, body: `${body}\n\nThe ministry said [@q1] ([@d1]).`, quote, topics };
}

async function approveNext(tx: Parameters<typeof submitForReview>[0], briefId: string, author: Actor) {
  const reviewer = await tx.user.create({ data: { email: `reviewer-${word()}@briefdesk.test`, name: "Reviewer", role: "editor" } });
  const { review } = await submitForReview(tx, { briefId, authorId: author.id, reviewerId: reviewer.id });
  await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
}

/** A brief taken through review, approved and ready to publish. */
async function approvedBrief(author: Actor, content: Content) {
  const f = fields(content);
  return db().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText: `The ministry said “${f.quote}” on Monday.` });
    const brief = await buildBrief(tx, { title: f.title, summary: f.summary, body: f.body, topics: f.topics, authorIds: [author.id] });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q1", text: f.quote, speakerName: "Maria Example" });
    await approveNext(tx, brief.id, author);
    return brief;
  }, SLOW_MACHINE);
}

async function publishedBrief(content: Content, { publishedAt }: { publishedAt?: Date } = {}) {
  const author = await newActor();
  const brief = await approvedBrief(author, content);
  const { publicationId } = await publishBrief(author, { briefId: brief.id });
  if (publishedAt) await db().publication.update({ where: { id: publicationId }, data: { publishedAt } });
  return { ...brief, author };
}

/** The working brief changes (a next version being drafted), and is approved again unless `draftOnly`. */
async function editBody(briefId: string, author: Actor, content: Content, { draftOnly = false } = {}) {
  const f = fields(content);
  await db().$transaction(async (tx) => {
    await editBrief(tx, { briefId, actorId: author.id }, () =>
      tx.brief.update({ where: { id: briefId }, data: { title: f.title, body: f.body } }),
    );
    if (!draftOnly) await approveNext(tx, briefId, author);
  }, SLOW_MACHINE);
}

const slugs = (items: SearchHit[]) => items.map((i) => i.slug);
const found = async (q: string, extra: Record<string, string> = {}, now?: Date) => slugs((await searchBriefs({ q, ...extra }, now)).items);
const marked = (segments: { text: string; highlight: boolean }[]) => segments.filter((s) => s.highlight).map((s) => s.text);
const text = (segments: { text: string }[]) => segments.map((s) => s.text).join("");

describe("searchBriefs: ranking and query syntax", () => {
  it("ranks a title match above a summary match above a body-only match, whatever their age", async () => {
    const w = word();
    const inTitle = await publishedBrief({ title: `The ${w} affair` }, { publishedAt: new Date("2024-01-01T00:00:00Z") });
    const inSummary = await publishedBrief({ summary: `How the ${w} affair began.` }, { publishedAt: new Date("2024-06-01T00:00:00Z") });
    const inBody = await publishedBrief({ body: `Much later, the ${w} affair was mentioned in passing.` });

    const result = await searchBriefs({ q: w });

    expect(slugs(result.items)).toEqual([inTitle.slug, inSummary.slug, inBody.slug]);
    expect(result.items[0]!.rank).toBeGreaterThan(result.items[1]!.rank);
    expect(result.items[1]!.rank).toBeGreaterThan(result.items[2]!.rank);
    expect(result).toMatchObject({ searched: true, total: 3, more: false, hasNext: false, page: 1 });
  });

  it("finds words in quotes and their speakers, and matches word forms (stemming)", async () => {
    const w = word();
    const quoted = await publishedBrief({ quote: `the ${w} negotiations` });
    expect(await found(w)).toEqual([quoted.slug]);
    expect(await found(`Maria Example ${w}`)).toEqual([quoted.slug]);
    const stemmed = await publishedBrief({ body: `${w} was negotiating sanctions` });
    expect(await found(`${w} negotiated sanction`)).toEqual([stemmed.slug]);
  });

  it("matches a quoted phrase only where its words stand together", async () => {
    const w = word();
    const together = await publishedBrief({ body: `The ${w} harbour was closed.` });
    const apart = await publishedBrief({ body: `The harbour was closed; ${w} said so.` });

    expect(await found(`"${w} harbour"`)).toEqual([together.slug]);
    expect((await found(`${w} harbour`)).sort()).toEqual([together.slug, apart.slug].sort());
  });

  it("leaves out briefs with a -word, and takes either word with or", async () => {
    const [w, other, third] = [word(), word(), word()];
    const plain = await publishedBrief({ body: `About ${w} only.` });
    const both = await publishedBrief({ body: `About ${w} and ${other}.` });
    const onlyThird = await publishedBrief({ body: `About ${third}.` });

    expect(await found(`${w} -${other}`)).toEqual([plain.slug]);
    expect((await found(`${w} or ${third}`)).sort()).toEqual([plain.slug, both.slug, onlyThird.slug].sort());
  });

  it("never fails on odd input: operators, unbalanced quotes, punctuation, 1,000 characters", async () => {
    const w = word();
    const brief = await publishedBrief({ title: `Ukraine and ${w}` });
    const odd = [
      `ukraine AND OR ${w}`,
      `"${w}`,
      `${w}"`,
      `"${w} "unbalanced`,
      "!!! ??? (( ))",
      "& | ! <-> :* \\ '",
      "-",
      `-"" OR ${w}`,
      `${w}:*`,
      `'${w}'`,
      "ünïcödé 😀 中文",
      `${w} `.repeat(100).slice(0, 1000),
      "x".repeat(1000),
      "OR",
    ];
    for (const q of odd) {
      const result = await searchBriefs({ q });
      expect(result.searched, q).toBe(true);
    }
    // Control characters are no words; NUL is refused at the edge of every input (issue 14).
    expect(await searchBriefs({ q: "\u0002\u0003" })).toMatchObject({ searched: false, items: [] });
    expect(await found(`\u0002${w}\u0003`)).toEqual([brief.slug]);
    await expect(searchBriefs({ q: `\u0000${w}` })).rejects.toMatchObject({ code: "invalid" });
    expect(await found(`ukraine AND OR ${w}`)).toEqual([brief.slug]);
    expect(await found(`"${w}`)).toEqual([brief.slug]);
    expect(await found(`${w} `.repeat(100).slice(0, 1000))).toEqual([brief.slug]);
  });

  it("says so when the words are all too common or are only punctuation", async () => {
    expect(await searchBriefs({ q: "the and of" })).toMatchObject({ searched: true, noSearchableWords: true, items: [] });
    expect(await searchBriefs({ q: "?! ..." })).toMatchObject({ searched: true, noSearchableWords: true, items: [] });
    expect(await searchBriefs({ q: word() })).toMatchObject({ searched: true, noSearchableWords: false, items: [] });
  });

  it("does nothing without words, and refuses wrong parameters with a message per field", async () => {
    expect(await searchBriefs({ q: "   " })).toMatchObject({ searched: false, items: [] });
    expect(await searchBriefs({})).toMatchObject({ searched: false, items: [] });

    const long = await refusal(searchBriefs({ q: "x".repeat(1001) }));
    expect(long.fieldErrors).toEqual({ q: ["Search with at most 1,000 characters."] });
    const wrong = await refusal(searchBriefs({ q: "war", page: "0", from: "2024-02-30", topic: "<script>" }));
    expect(Object.keys(wrong.fieldErrors).sort()).toEqual(["from", "page", "topic"]);
    const reversed = await refusal(searchBriefs({ q: "war", from: "2024-03-01", to: "2024-02-01" }));
    expect(reversed.fieldErrors).toEqual({ to: ["The to date is before the from date."] });
    expect((await refusal(searchBriefs({ q: "war", page: "two" }))).fieldErrors.page).toEqual(["The page is a number."]);
  });
});

describe("searchBriefs: highlighting", () => {
  it("marks the matched words in the title and in a snippet of the text readers see", async () => {
    const w = word();
    const brief = await publishedBrief({
      title: `Why the ${w} talks failed`,
      body: `## Background\n\nThe **${w}** talks, [reported](https://example.org/report) at length [@q1], ended without a deal.`,
    });

    const [hit] = (await searchBriefs({ q: `${w} talks` })).items;

    expect(hit?.slug).toBe(brief.slug);
    expect(text(hit!.titleSegments)).toBe(`Why the ${w} talks failed`);
    expect(marked(hit!.titleSegments)).toEqual([w, "talks"]);
    expect(marked(hit!.snippet)).toEqual(expect.arrayContaining([w, "talks"]));
    const snippet = text(hit!.snippet);
    expect(snippet).toContain(`The ${w} talks, reported at length, ended without a deal.`);
    for (const markup of ["[@", "**", "##", "](", "example.org"]) expect(snippet).not.toContain(markup);
  });

  it("returns markup in the text as plain text segments, and marks only what matched", async () => {
    const w = word();
    const title = `<b>Bold</b> claims about ${w}`;
    const brief = await publishedBrief({
      title,
      summary: `A summary with <img src=x onerror=alert(1)> and \u0002fake\u0003 marks around ${w}.`,
    });

    const [hit] = (await searchBriefs({ q: w })).items;

    expect(hit?.slug).toBe(brief.slug);
    expect(hit!.title).toBe(title);
    // ts_headline would drop the tag from the title: the title is then shown whole, unmarked.
    expect(text(hit!.titleSegments)).toBe(title);
    expect(marked(hit!.snippet)).toEqual([w]);
    expect(text(hit!.snippet)).not.toMatch(/[\u0002\u0003]/);
    for (const s of hit!.snippet) expect(typeof s.text).toBe("string");
  });

  it("shows the start of the summary when only the title matched", async () => {
    const w = word();
    await publishedBrief({ title: `The ${w} report`, summary: "Nothing in here matches, but it says what the brief is about." });
    const [hit] = (await searchBriefs({ q: w })).items;
    expect(marked(hit!.snippet)).toEqual([]);
    expect(text(hit!.snippet)).toMatch(/^Nothing in here matches/);
  });
});

describe("searchBriefs: filters and pages", () => {
  it("filters by a topic the publication lists", async () => {
    const w = word();
    const topic = { slug: `topic-${word()}`, name: `Topic ${w}` };
    const onTopic = await publishedBrief({ body: w, topics: [topic] });
    await publishedBrief({ body: w });

    expect(await found(w, { topic: topic.slug })).toEqual([onTopic.slug]);
    expect(await found(w, { topic: "no-such-topic" })).toEqual([]);
    expect((await searchBriefs({ q: w, topic: topic.slug })).items[0]?.topics).toEqual([topic]);
  });

  it("filters by publication date, both ends included", async () => {
    const w = word();
    const march = await publishedBrief({ body: w }, { publishedAt: new Date("2021-03-10T23:30:00Z") });
    const april = await publishedBrief({ body: w }, { publishedAt: new Date("2021-04-01T00:00:00Z") });
    const recent = await publishedBrief({ body: w });

    expect(await found(w, { from: "2021-03-10", to: "2021-03-31" })).toEqual([march.slug]);
    expect((await found(w, { from: "2021-03-01", to: "2021-04-01" })).sort()).toEqual([march.slug, april.slug].sort());
    expect(await found(w, { from: "2021-04-02" })).toEqual([recent.slug]);
    expect(await found(w, { to: "2021-03-10" })).toEqual([march.slug]);
  });

  it("pages through the results, keeping their order", async () => {
    const w = word();
    const briefs = [];
    for (let i = 0; i < 12; i++) briefs.push(await publishedBrief({ body: `${w} number ${i}` }));

    const first = await searchBriefs({ q: w });
    const second = await searchBriefs({ q: w, page: "2" });

    expect(first).toMatchObject({ total: 12, hasNext: true, page: 1 });
    expect(first.items).toHaveLength(10);
    expect(second).toMatchObject({ total: 12, hasNext: false, page: 2 });
    expect(second.items).toHaveLength(2);
    expect([...slugs(first.items), ...slugs(second.items)].sort()).toEqual(briefs.map((b) => b.slug).sort());
    expect((await searchBriefs({ q: w, page: "3" })).items).toEqual([]);
  });
});

describe("searchBriefs: the ranked window", () => {
  it("ranks the most recent matches, at most SEARCH_WINDOW, and says when more match", async () => {
    const w = word();
    const oldTitleMatch = await publishedBrief({ title: `The ${w} files` }, { publishedAt: new Date("2001-01-01T00:00:00Z") });
    const newest = await publishedBrief({ body: `A mention of ${w}.` });
    // SEARCH_WINDOW copies of the newest publication, each a day older, as briefs of their own.
    const source = await db().publication.findFirstOrThrow({ where: { briefId: newest.id }, select: { id: true } });
    await db().$executeRaw`
      WITH copies AS (SELECT g, ${w} || '-' || g AS id FROM generate_series(1, ${SEARCH_WINDOW}) g),
      briefs AS (
        INSERT INTO "Brief" (id, slug, title, state, "updatedAt") SELECT id, id, 'Copy', 'published', now() FROM copies RETURNING id
      ),
      revisions AS (
        INSERT INTO "Revision" (id, "briefId", number, "briefVersion", snapshot, "contentHash", "authorId")
        SELECT c.id, c.id, 1, 1, r.snapshot, r."contentHash", r."authorId"
        FROM copies c JOIN briefs b ON b.id = c.id, "Publication" p JOIN "Revision" r ON r.id = p."revisionId" WHERE p.id = ${source.id}
        RETURNING id
      )
      INSERT INTO "Publication" (id, "briefId", "revisionId", version, snapshot, "contentHash", "publishedById", "publishedAt")
      SELECT c.id, c.id, c.id, 1, p.snapshot, p."contentHash", p."publishedById", p."publishedAt" - c.g * interval '1 day'
      FROM copies c JOIN revisions r ON r.id = c.id, "Publication" p WHERE p.id = ${source.id}`;

    const first = await searchBriefs({ q: w });
    const last = await searchBriefs({ q: w, page: String(MAX_SEARCH_PAGE) });

    expect(first).toMatchObject({ total: SEARCH_WINDOW, more: true, hasNext: true });
    expect(last).toMatchObject({ total: SEARCH_WINDOW, hasNext: false });
    expect(last.items).toHaveLength(SEARCH_PAGE_SIZE);
    const seen = [...slugs(first.items), ...slugs(last.items)];
    expect(seen).toContain(newest.slug);
    // An old brief outside the window is not ranked, however well its title matches.
    expect(seen).not.toContain(oldTitleMatch.slug);
    expect((await refusal(searchBriefs({ q: w, page: String(MAX_SEARCH_PAGE + 1) }))).fieldErrors.page).toHaveLength(1);
    expect(await found(w, { to: "2001-12-31" })).toEqual([oldTitleMatch.slug]);
  });
});

describe("searchBriefs: only what readers can see", () => {
  const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);

  it("finds a scheduled publication only from its time", async () => {
    const w = word();
    const author = await newActor();
    const brief = await approvedBrief(author, { title: `Scheduled ${w}` });
    await publishBrief(author, { briefId: brief.id, scheduledFor: inMinutes(60).toISOString() });

    expect(await found(w)).toEqual([]);
    expect(await found(w, {}, inMinutes(61))).toEqual([brief.slug]);
  });

  it("never finds a withdrawn brief", async () => {
    const w = word();
    const brief = await publishedBrief({ title: `Withdrawn ${w}` });
    expect(await found(w)).toEqual([brief.slug]);

    await withdrawBrief(brief.author, { briefId: brief.id, reason: "The source retracted its report." });

    expect(await found(w)).toEqual([]);
  });

  it("finds a brief whose next version is being drafted by its published text, not the draft", async () => {
    const [published, drafted] = [word(), word()];
    const brief = await publishedBrief({ title: `Published ${published}` });

    await editBody(brief.id, brief.author, { title: `Drafted ${drafted}`, body: drafted }, { draftOnly: true });

    expect(await found(published)).toEqual([brief.slug]);
    expect(await found(drafted)).toEqual([]);
  });

  it("finds a re-published brief by its latest version only, and a scheduled next version from its time", async () => {
    const [first, second, third] = [word(), word(), word()];
    const brief = await publishedBrief({ title: `First ${first}` });
    await editBody(brief.id, brief.author, { title: `Second ${second}` });
    await publishBrief(brief.author, { briefId: brief.id, correction: { kind: "update", note: "Updated with a second statement." } });

    expect(await found(first)).toEqual([]);
    expect(await found(second)).toEqual([brief.slug]);

    await editBody(brief.id, brief.author, { title: `Third ${third}` });
    await publishBrief(brief.author, { briefId: brief.id, cosmetic: true, scheduledFor: inMinutes(30).toISOString() });
    expect(await found(second)).toEqual([brief.slug]);
    expect(await found(third)).toEqual([]);
    expect(await found(second, {}, inMinutes(31))).toEqual([]);
    expect(await found(third, {}, inMinutes(31))).toEqual([brief.slug]);
  });

  it("offers the topics of briefs readers can see, not those only a draft carries", async () => {
    const visible = { slug: `visible-${word()}`, name: `Visible ${word()}` };
    const draftOnly = { slug: `draft-${word()}`, name: `Draft ${word()}` };
    await publishedBrief({ topics: [visible] });
    await db().$transaction(async (tx) => buildBrief(tx, { topics: [draftOnly] }));

    const topics = await listSearchTopics();

    expect(topics).toContainEqual(visible);
    expect(topics.map((t) => t.slug)).not.toContain(draftOnly.slug);
  });
});
