// Reader-site data for end-to-end tests, made the way the desk makes it: factories for
// the working brief, then the desk's own submit, approve, publish and withdraw
// (prisma/seed/workflow.ts), so every publication has its revision, review and audit.
import { randomBytes } from "node:crypto";
import { editBrief } from "@/lib/briefs/edit-brief";
import type { Tx } from "@/lib/db/client";
import type { CorrectionInput } from "@/lib/publishing/schemas";
import { addEvent, addQuote, buildBrief, buildDocument, buildSource, buildUser, citeDocument } from "@/prisma/seed/factories";
import { approve, publish, submitForReview, withdraw } from "@/prisma/seed/workflow";
import { e2eDb } from "./support";

export const unique = () => randomBytes(4).toString("hex");

/** Each brief is made in one transaction; a machine busy with builds can take longer than Prisma's 5 s default. */
const SLOW_MACHINE = { timeout: 30_000, maxWait: 30_000 };

export type ReaderBrief = { id: string; slug: string; title: string; authorId: string; source: { slug: string; name: string } };

/** The captured text of every brief's document: markup in it must reach readers as text. */
export const CAPTURED_TEXT = "The minister said “we will respond in kind” on Monday.\n<b>Not bold</b> <script>window.pwned = true</script>";

async function reviewAndPublish(tx: Tx, briefId: string, authorId: string, correction?: CorrectionInput) {
  const reviewer = await buildUser(tx, { name: `Reviewer ${unique()}` });
  const { review } = await submitForReview(tx, { briefId, authorId, reviewerId: reviewer.id });
  await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
  await publish(tx, { reviewId: review.id, publisherId: authorId, correction });
  return reviewer;
}

/** A published brief with a document, a quote and an event, its document from a state-affiliated source of its own. */
export async function publishedBrief({
  title = `Reader brief ${unique()}`,
  topics = [] as { slug: string; name: string }[],
  publishedAt,
}: {
  title?: string;
  topics?: { slug: string; name: string }[];
  /** moves the clock back for this publication, in the same transaction: readers never see it as new */
  publishedAt?: Date;
} = {}): Promise<ReaderBrief> {
  return e2eDb().$transaction(async (tx) => {
    const author = await buildUser(tx);
    const source = await buildSource(tx, {
      name: `Agency ${unique()}`,
      kind: "agency",
      country: "RU",
      homepageUrl: "https://agency.example/",
      reliability: "low",
      reliabilityRationale: "Repeats the government's claims without checking them.",
      stateAffiliated: true,
    });
    const document = await buildDocument(tx, {
      sourceId: source.id,
      title: "Statement of the minister",
      url: "https://agency.example/statement",
      publishedOn: "2024-03-04",
      capturedText: CAPTURED_TEXT,
    });
    const brief = await buildBrief(tx, {
      slug: `${title.toLowerCase().replace(/\W+/g, "-")}-${unique()}`,
      title,
      topics,
      authorIds: [author.id],
      summary: "What the minister said, and when.",
      body: "The minister said “we will respond in kind” [@q1] after the vote [@e1]. Read the statement [@d1].",
    });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, {
      briefId: brief.id,
      documentId: document.id,
      ref: "q1",
      text: "we will respond in kind",
      speakerName: "The Minister",
      speakerTitle: "Minister of Defence",
    });
    await addEvent(tx, {
      briefId: brief.id,
      ref: "e1",
      description: "The parliament votes",
      date: "2024-03-01",
      precision: "day",
      documentIds: [document.id],
    });
    await reviewAndPublish(tx, brief.id, author.id);
    if (publishedAt) await tx.publication.updateMany({ where: { briefId: brief.id }, data: { publishedAt } });
    return { id: brief.id, slug: brief.slug, title, authorId: author.id, source: { slug: source.slug, name: source.name } };
  }, SLOW_MACHINE);
}

/** A brief published, then edited, reviewed again and re-published with a public correction. */
export async function correctedBrief(correction: CorrectionInput): Promise<ReaderBrief> {
  const brief = await publishedBrief({ title: `Corrected brief ${unique()}` });
  await e2eDb().$transaction(async (tx) => {
    await editBrief(tx, { briefId: brief.id, actorId: brief.authorId }, () =>
      tx.brief.update({ where: { id: brief.id }, data: { summary: "What the minister said, and on which day." } }),
    );
    await reviewAndPublish(tx, brief.id, brief.authorId, correction);
  }, SLOW_MACHINE);
  return brief;
}

export async function withdrawnBrief(reason: string): Promise<ReaderBrief> {
  const brief = await publishedBrief({ title: `Withdrawn brief ${unique()}` });
  await e2eDb().$transaction((tx) => withdraw(tx, { briefId: brief.id, actorId: brief.authorId, reason }), SLOW_MACHINE);
  return brief;
}

/**
 * `count` published briefs under a new topic, dated back in time (the clock is moved,
 * as in schedule.spec.ts; everything else is the desk's own doing) so that they sort
 * after every other brief: the pages before theirs stay as other tests expect them.
 */
export async function olderBriefsUnderATopic(count: number) {
  const topic = { slug: `archive-${unique()}`, name: `Archive ${unique()}` };
  const briefs: ReaderBrief[] = [];
  for (let i = 0; i < count; i++) {
    briefs.push(
      await publishedBrief({
        title: `Archived brief ${i + 1} ${unique()}`,
        topics: [topic],
        publishedAt: new Date(Date.UTC(2020, 0, 1, 0, i)),
      }),
    );
  }
  return { topic, newestFirst: [...briefs].reverse() };
}
