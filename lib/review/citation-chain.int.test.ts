// Issue 17: what readers see is what the source says (DESIGN rule 7), through the
// domain functions and through the editorial API alike.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { api } from "@/lib/api/test-api-client";
import { addComment } from "@/lib/review/add-comment";
import { addDocument } from "@/lib/documents/add-document";
import { db } from "@/lib/db/client";
import { articleView } from "@/lib/publishing/article-view";
import { getPublishedBrief } from "@/lib/publishing/get-published-brief";
import { getReaderSource } from "@/lib/publishing/get-reader-source";
import { newActor, refusal } from "@/lib/test-support";
import { addEvent, addQuote, buildBrief, buildClaim, buildDocument, buildSource, citeDocument } from "@/prisma/seed/factories";
import { approve, publish } from "@/prisma/seed/workflow";
import { submitForReview } from "./submit-for-review";
import type { SubmitProblem } from "./submit-checks";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ARTICLE =
  "Mayor Elena Duarte defended the lane. “This is not about bikes versus cars, it is about whether our children can get to school safely,” she said.";
const MAYOR = "This is not about bikes versus cars, it is about whether our children can get to school safely";

/** A draft citing one article, with quote q1 (the mayor's words unless told) and event e1. */
async function draft(
  author: { id: string },
  { body, quote = MAYOR, capturedText = ARTICLE }: { body: string; quote?: string; capturedText?: string },
) {
  return db().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText });
    const brief = await buildBrief(tx, { authorIds: [author.id], body });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q1", text: quote, speakerName: "Elena Duarte" });
    await addEvent(tx, {
      briefId: brief.id,
      ref: "e1",
      description: "The council approves the lane",
      date: "2025-03-04",
      precision: "day",
      documentIds: [document.id],
    });
    return { brief, document };
  });
}

const problemsOf = async (promise: Promise<unknown>) => {
  const error = await refusal(promise);
  expect(error.code).toBe("invalid");
  return (error.details as { problems: SubmitProblem[] }).problems;
};

describe("R1: a quotation in the body matches the quote it cites", () => {
  it("refuses the invented sentence, naming the passage and showing the difference; passes the quote's own words", async () => {
    const me = await newActor();
    const invented = await draft(me, { body: 'The mayor said: "This is all about cars, and our children do not matter."[@q1] [@e1]' });
    const problems = await problemsOf(submitForReview(me, { briefId: invented.brief.id, baseVersion: 1 }));
    expect(problems).toEqual([
      expect.objectContaining({
        code: "quotation_mismatch",
        itemRef: "q1",
        field: "body",
        passage: "This is all about cars, and our children do not matter.",
      }),
    ]);
    expect(problems[0]!.diff!.length).toBeGreaterThan(0);
    expect((await db().brief.findUniqueOrThrow({ where: { id: invented.brief.id } })).state).toBe("draft");

    const faithful = await draft(me, { body: "The mayor said it was “about whether our children can get to school safely” [@q1]. [@e1]" });
    expect((await submitForReview(me, { briefId: faithful.brief.id, baseVersion: 1 })).state).toBe("in_review");
  });
});

describe("R2: quotation marks in the body need a source", () => {
  it("refuses five words in quotation marks with no citation, and takes them once marked as not a quotation", async () => {
    const me = await newActor();
    const body = 'Officials call it "the safest lane in the county" to this day. The mayor spoke [@q1] on [@e1].';
    const uncited = await draft(me, { body });
    const problems = await problemsOf(submitForReview(me, { briefId: uncited.brief.id, baseVersion: 1 }));
    expect(problems.map((p) => p.code)).toEqual(["quotation_uncited"]);
    expect(problems[0]!.message).toContain("cite it or mark it as not a quotation");

    const marked = await draft(me, { body: body.replace('county"', 'county"[@nq]') });
    expect((await submitForReview(me, { briefId: marked.brief.id, baseVersion: 1 })).state).toBe("in_review");
  });
});

describe("R3: a quote must be found in its document", () => {
  it("refuses a quote its document does not contain, even one a script stored as verbatim", async () => {
    const me = await newActor();
    const { brief } = await draft(me, { body: "The mayor spoke [@q1] on [@e1].", quote: "The harbour will close for good next year" });
    expect((await problemsOf(submitForReview(me, { briefId: brief.id, baseVersion: 1 }))).map((p) => [p.code, p.itemRef])).toEqual([
      ["quote_not_found", "q1"],
    ]);

    // A script that writes rows directly cannot pass it off as verbatim: submit checks again.
    await db().quote.updateMany({ where: { briefId: brief.id }, data: { verification: "verbatim" } });
    expect((await problemsOf(submitForReview(me, { briefId: brief.id, baseVersion: 1 }))).map((p) => p.code)).toEqual(["quote_not_found"]);
  });

  it("sources words nobody published to our own record, and labels them so for readers", async () => {
    const [me, reviewer] = [await newActor(), await newActor()];
    const source = await db().$transaction((tx) => buildSource(tx, { name: "Port authority" }));
    const { brief } = await draft(me, { body: "The port spoke [@q1] on [@e1]." });
    const refused = await refusal(
      addDocument(me, {
        title: "Call with the harbour master",
        sourceId: source.id,
        capturedText: "Notes.",
        kind: "own_record",
        briefId: brief.id,
      }),
    );
    expect(Object.keys(refused.fieldErrors).sort()).toEqual(["publishedOn", "recordMethod", "recordedBy"]);

    const record = await addDocument(me, {
      title: "Call with the harbour master",
      sourceId: source.id,
      kind: "own_record",
      recordMethod: "phone_call",
      recordedBy: "Tomas Berg",
      publishedOn: "2025-03-05",
      capturedText: "Harbour master: The harbour will close for good next year. We have no choice.",
      briefId: brief.id,
    });
    const quote = await db().$transaction((tx) =>
      addQuote(tx, {
        briefId: brief.id,
        documentId: record.id,
        ref: "q2",
        text: "The harbour will close for good next year",
        speakerName: "The harbour master",
      }),
    );
    expect(quote.verification).toBe("verbatim");
    await db().brief.update({
      where: { id: brief.id },
      data: { body: "The port spoke [@q1] on [@e1]; the harbour master told us the harbour would close [@q2]." },
    });
    const version = (await db().brief.findUniqueOrThrow({ where: { id: brief.id } })).version;
    const { reviewId } = await submitForReview(me, { briefId: brief.id, baseVersion: version });
    await db().$transaction(async (tx) => {
      await approve(tx, { reviewId, reviewerId: reviewer.id });
      await publish(tx, { reviewId, publisherId: me.id });
    });

    const published = (await getPublishedBrief(brief.slug))!;
    const seen = articleView(published.snapshot, { readerSlug: brief.slug }).quotes.find((q) => q.ref === "q2")!;
    expect(seen.document.ownRecord).toEqual({ how: "a phone call", by: "Tomas Berg", on: "2025-03-05" });
    const fromApi = (await api("GET", `/api/v1/briefs/${brief.slug}`)).body as Json;
    expect(fromApi.documents.find((d: Json) => d.id === record.id).record).toEqual({ method: "phone_call", by: "Tomas Berg" });
  });
});

describe("R4: an altered quote is disclosed", () => {
  it("warns the author at submit without refusing, and readers and the API get the source passage and the word diff", async () => {
    const [me, reviewer] = [await newActor(), await newActor()];
    const altered = "This is not about bikes versus cars, it is about whether our kids can get to school safely";
    const { brief } = await draft(me, { body: "The mayor defended it [@q1] on [@e1].", quote: altered });
    const submitted = await submitForReview(me, { briefId: brief.id, baseVersion: 1 });
    expect(submitted.warnings.map((w) => [w.code, w.itemRef])).toEqual([["quote_altered", "q1"]]);

    // The reviewer must write a note on it (rule 3); workflow.approve writes one.
    await db().$transaction(async (tx) => {
      await approve(tx, { reviewId: submitted.reviewId, reviewerId: reviewer.id });
      await publish(tx, { reviewId: submitted.reviewId, publisherId: me.id });
    });
    const quote = ((await api("GET", `/api/v1/briefs/${brief.slug}`)).body as Json).quotes[0];
    expect(quote.verification).toBe("altered");
    expect(quote.difference.passage).toBe(MAYOR);
    expect(quote.difference.diff).toContainEqual({ op: "changed", text: "kids", source: "children" });
  });
});

describe("R5: claims cite like quotes", () => {
  it("resolves [@c1], checks a quotation citing it, anchors comments to it and counts its claimant as a cited source", async () => {
    const [me, reviewer] = [await newActor(), await newActor()];
    const claimant = await db().$transaction((tx) => buildSource(tx, { name: "Councillor Raymond Okafor", kind: "person" }));
    const { brief, document } = await draft(me, {
      body: 'Okafor said the lane "will double traffic on Elm Street" [@c1]. The mayor spoke [@q1] on [@e1].',
    });
    await db().$transaction((tx) =>
      buildClaim(tx, {
        briefId: brief.id,
        ref: "c1",
        text: "The lane will double traffic on Elm Street",
        quoted: true,
        speakerName: "Raymond Okafor",
        speakerSourceId: claimant.id,
        documentId: document.id,
        conclusion: "Traffic counts show no such rise.",
      }),
    );
    const { reviewId } = await submitForReview(me, {
      briefId: brief.id,
      baseVersion: (await db().brief.findUniqueOrThrow({ where: { id: brief.id } })).version,
    });
    const comment = await addComment(reviewer, { briefId: brief.id, itemKind: "claim", itemRef: "c1", body: "Which traffic counts?" });
    expect(
      await db().reviewComment.findUniqueOrThrow({ where: { id: comment.commentId }, select: { itemKind: true, itemRef: true } }),
    ).toEqual({ itemKind: "claim", itemRef: "c1" });
    await db().$transaction(async (tx) => {
      await approve(tx, { reviewId, reviewerId: reviewer.id });
      await publish(tx, { reviewId, publisherId: me.id });
    });
    const page = await getReaderSource({ slug: claimant.slug });
    expect(page?.briefs.map((b) => b.slug)).toContain(brief.slug);

    const misquoted = await draft(me, {
      body: 'Okafor said the lane "will triple traffic on Elm Street" [@c1]. The mayor spoke [@q1] on [@e1].',
    });
    await db().$transaction((tx) =>
      buildClaim(tx, {
        briefId: misquoted.brief.id,
        ref: "c1",
        text: "The lane will double traffic on Elm Street",
        quoted: true,
        speakerName: "Raymond Okafor",
        documentId: misquoted.document.id,
        conclusion: "No.",
      }),
    );
    const version = (await db().brief.findUniqueOrThrow({ where: { id: misquoted.brief.id } })).version;
    expect(
      (await problemsOf(submitForReview(me, { briefId: misquoted.brief.id, baseVersion: version }))).map((p) => [p.code, p.itemRef]),
    ).toContainEqual(["quotation_mismatch", "c1"]);
  });
});

describe("through the editorial API", () => {
  let token: string;
  beforeAll(async () => {
    token = (await createApiToken(await newActor(), { name: "citation script" })).token;
  });

  it("answers 422 with the failing checks: the invented sentence and the not-found quote", async () => {
    const source = await db().$transaction((tx) => buildSource(tx, { name: "Millbrook Gazette" }));
    const created = await api("POST", "/api/v1/desk/briefs", {
      token,
      body: { title: "Bike lane", summary: "The council approved it.", body: "", topics: [] },
    });
    const id = (created.body as Json).id as string;
    const document = await api("POST", "/api/v1/desk/documents", {
      token,
      body: { title: "Council approves lane", sourceId: source.id, capturedText: `${ARTICLE}\n\n(Filed through the API.)`, briefId: id },
    });
    const documentId = (document.body as Json).id as string;
    await api("POST", `/api/v1/desk/briefs/${id}/quotes`, { token, body: { text: MAYOR, speakerName: "Elena Duarte", documentId } });
    const harbour = await api("POST", `/api/v1/desk/briefs/${id}/quotes`, {
      token,
      body: { text: "The harbour will close for good next year", speakerName: "Elena Duarte", documentId },
    });
    expect((harbour.body as Json).quote.verification).toBe("not_found");
    const saved = await api("PATCH", `/api/v1/desk/briefs/${id}`, {
      token,
      body: {
        version: (harbour.body as Json).version,
        body: 'The mayor said: "This is all about cars, and our children do not matter."[@q1] Also [@q2] [@d1].',
      },
    });

    const submitted = await api("POST", `/api/v1/desk/briefs/${id}/submit`, { token, body: { version: (saved.body as Json).version } });
    expect(submitted.status).toBe(422);
    expect((submitted.body as Json).error.code).toBe("checks_failed");
    expect((submitted.body as Json).error.details.problems.map((p: Json) => [p.code, p.itemRef])).toEqual([
      ["quote_not_found", "q2"],
      ["quotation_mismatch", "q1"],
    ]);
  });
});
