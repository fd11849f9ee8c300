// Issue 14, item 3: what full-text search indexes and highlights is bounded, and a
// query that no index can answer is refused. Each of these timed out or read every
// publication before: publishing the body below ran past the 30 s statement timeout.
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { publishBrief } from "@/lib/publishing/publish-brief";
import { newActor, refusal } from "@/lib/test-support";
import { addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { approve, submitForReview } from "@/prisma/seed/workflow";
import { ONLY_EXCLUSIONS_MESSAGE, searchBriefs, type SearchHit } from "./search-briefs";

const SLOW_MACHINE = { timeout: 30_000 };
const word = () => Array.from({ length: 9 }, () => String.fromCharCode(97 + randomInt(26))).join("");
const marked = (hit: SearchHit | undefined) => hit?.snippet.filter((s) => s.highlight).map((s) => s.text) ?? [];
const text = (hit: SearchHit | undefined) => hit?.snippet.map((s) => s.text).join("") ?? "";

async function publishedBrief(body: string): Promise<{ slug: string }> {
  const author: Actor = await newActor();
  const brief = await db().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText: "The ministry said “no comment” on Monday." });
    const brief = await buildBrief(tx, {
      title: `A brief ${word()}`,
      summary: "What happened.",
      body: `${body}\n\n[@q1] [@d1]`,
      authorIds: [author.id],
    });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q1", text: "no comment", speakerName: "Maria Example" });
    const reviewer = await tx.user.create({ data: { email: `reviewer-${word()}@briefdesk.test`, name: "Reviewer", role: "editor" } });
    const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id });
    await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
    return brief;
  }, SLOW_MACHINE);
  await publishBrief(author, { briefId: brief.id });
  return brief;
}

describe("search on pathological text", () => {
  it("publishes a 98,000-character body of intraword underscores and finds it, snippet and all", async () => {
    const w = word();
    const brief = await publishedBrief(`${w} ${"x_".repeat(49_000)}`);

    const [hit] = (await searchBriefs({ q: w })).items;
    expect(hit?.slug).toBe(brief.slug);
    expect(marked(hit)).toEqual([w]);
    expect(text(hit)).toContain(`${w} x_x_x_x_`);

    // A search for the repeated word itself highlights it in a bounded passage.
    const [repeated] = (await searchBriefs({ q: `${w} x` })).items;
    expect(repeated?.slug).toBe(brief.slug);
    expect(marked(repeated).slice(0, 3)).toEqual([w, "x", "x"]);
    expect(text(repeated).length).toBeLessThan(1_000);
  });

  it("still finds words joined by underscores, and shows the underscores", async () => {
    const w = word();
    const brief = await publishedBrief(`The variable snake_case_${w} was renamed.`);
    const [hit] = (await searchBriefs({ q: `snake_case_${w}` })).items;
    expect(hit?.slug).toBe(brief.slug);
    expect(text(hit)).toContain(`snake_case_${w} was renamed`);
    expect(marked(hit)).toEqual(["snake", "case", w]);
  });

  it("cuts the snippet from the passage that matches, however far into the body", async () => {
    const [w, v] = [word(), word()];
    const filler = "Alpha beta gamma delta epsilon. ".repeat(250);
    const brief = await publishedBrief(`${filler}\n\nLate in the text, the ${w} ${v} passage.\n\n${filler}`);
    const [hit] = (await searchBriefs({ q: `"${w} ${v}"` })).items;
    expect(hit?.slug).toBe(brief.slug);
    expect(marked(hit)).toEqual([w, v]);
    expect(text(hit)).toContain(`the ${w} ${v} passage`);
  });

  // Before, ts_headline looked for the passage satisfying the phrase itself: with 12
  // identical words over 600 of them, it ran a PostgreSQL backend out of memory.
  it("highlights a long phrase of one repeated word in a body of that word", async () => {
    const w = word();
    const brief = await publishedBrief(`${w} ${"y-".repeat(40)}y ${"y ".repeat(3_000)}`);
    const [hit] = (await searchBriefs({ q: `"${"y ".repeat(40)}"` })).items;
    expect(hit?.slug).toBe(brief.slug);
    expect(marked(hit)).toContain("y");
    const [dashed] = (await searchBriefs({ q: `${w} ${"y-".repeat(40)}y` })).items;
    expect(dashed?.slug).toBe(brief.slug);
  });

  it("refuses a search with no word to look for, only words to leave out", async () => {
    const w = word();
    await publishedBrief(`About ${w}.`);
    for (const q of ["-cat -dog", `-${w}`, `cat or -${w}`, `-"" OR -- ${w}`]) {
      const error = await refusal(searchBriefs({ q }));
      expect(error.fieldErrors, q).toEqual({ q: [ONLY_EXCLUSIONS_MESSAGE] });
    }
    expect((await searchBriefs({ q: `${w} -dog` })).items).toHaveLength(1);
  });
});
