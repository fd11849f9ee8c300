// Issue 17: what readers see is what the source says. The body's quotations are held
// against the quotes they cite, a quote must be in its document, words nobody
// published are labelled as our own record, and an altered quote shows how it differs.
import { expect, test } from "@playwright/test";
import { addEvent, addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { approve, publish, submitForReview } from "@/prisma/seed/workflow";
import { createUser, e2eDb, signIn, type TestUser } from "./support";

const ARTICLE =
  "Mayor Elena Duarte defended the lane. “This is not about bikes versus cars, it is about whether our children can get to school safely,” she said.";
const MAYOR = "This is not about bikes versus cars, it is about whether our children can get to school safely";

/** A draft citing the article, with quote q1 and event e1; `record` makes the document our own record of a phone call. */
async function draft(author: TestUser, input: { title: string; body: string; quote?: string; record?: boolean }) {
  const slug = `${input.title.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}`;
  return e2eDb().$transaction(async (tx) => {
    const document = await buildDocument(tx, { title: "Council approves riverside lane", capturedText: ARTICLE });
    if (input.record) {
      await tx.document.update({
        where: { id: document.id },
        data: {
          kind: "own_record",
          recordMethod: "phone_call",
          recordedBy: "Tomas Berg",
          publishedOn: new Date("2025-03-05T00:00:00Z"),
          title: "Call with the mayor",
        },
      });
    }
    const brief = await buildBrief(tx, {
      slug,
      title: input.title,
      summary: "The council approved the lane.",
      body: input.body,
      authorIds: [author.id],
    });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, {
      briefId: brief.id,
      documentId: document.id,
      ref: "q1",
      text: input.quote ?? MAYOR,
      speakerName: "Elena Duarte",
      speakerTitle: "Mayor",
    });
    await addEvent(tx, {
      briefId: brief.id,
      ref: "e1",
      description: "The council approves the lane",
      date: "2025-03-04",
      precision: "day",
      documentIds: [document.id],
    });
    return brief;
  });
}

async function publishNow(briefId: string, author: TestUser, reviewer: TestUser) {
  await e2eDb().$transaction(async (tx) => {
    const { review } = await submitForReview(tx, { briefId, authorId: author.id, reviewerId: reviewer.id });
    await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
    await publish(tx, { reviewId: review.id, publisherId: author.id });
  });
}

test("the invented sentence is marked in the editor as it is typed and refused at submit", async ({ browser }) => {
  test.setTimeout(90_000);
  const author = await createUser("editor");
  const brief = await draft(author, { title: "Invented sentence", body: "The mayor spoke [@q1] on [@e1]." });
  const page = await (await browser.newContext()).newPage();
  await signIn(page, author, `/desk/briefs/${brief.id}`);

  await page.getByLabel("Body").fill('The mayor said: "This is all about cars, and our children do not matter."[@q1] [@e1]');
  const problems = page.getByRole("alert", { name: "Quotations to fix before submitting" });
  await expect(problems).toContainText("“This is all about cars, and our children do not matter.” is not what quote q1 says", {
    timeout: 15_000,
  });
  await expect(problems.locator(".word-diff del")).toContainText("This is not about bikes versus cars");
  await expect(page.locator(".body-preview .quotation-problem")).toContainText("This is all about cars");
  await expect(page.getByRole("status").filter({ hasText: /^Saved at/ })).toBeVisible({ timeout: 15_000 });

  await page.reload();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("list", { name: "What to fix before submitting" })).toContainText("is not what quote q1 says");

  // Quoting the mayor's own words passes.
  await page.getByLabel("Body").fill("The mayor said it was “about whether our children can get to school safely” [@q1]. [@e1]");
  await expect(problems).toHaveCount(0, { timeout: 15_000 });
});

test("a quote its document does not contain is refused at submit", async ({ browser }) => {
  test.setTimeout(60_000);
  const author = await createUser("editor");
  const brief = await draft(author, {
    title: "Harbour",
    body: "The mayor spoke [@q1] on [@e1].",
    quote: "The harbour will close for good next year",
  });
  const page = await (await browser.newContext()).newPage();
  await signIn(page, author, `/desk/briefs/${brief.id}`);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("list", { name: "What to fix before submitting" })).toContainText("Quote q1 is not in its document");
  await expect(page.getByText(/in review/)).toHaveCount(0);
});

test("a quote from our own record is published with that label, not as someone else's document", async ({ page }) => {
  test.setTimeout(60_000);
  const [author, reviewer] = [await createUser("editor"), await createUser("editor")];
  const brief = await draft(author, { title: "Own record", body: "The mayor told us why [@q1] on [@e1].", record: true });
  await publishNow(brief.id, author, reviewer);

  await page.goto(`/briefs/${brief.slug}`);
  const quote = page.locator("#quote-q1");
  await expect(quote).toContainText("From our own record of a phone call on 5 March 2025, made by Tomas Berg");
  await expect(quote).toContainText("Verified against our record");
  await expect(quote).not.toContainText("Source:");
});

test("an altered quote is published with how it differs from the source, open from the keyboard", async ({ page }) => {
  test.setTimeout(60_000);
  const [author, reviewer] = [await createUser("editor"), await createUser("editor")];
  const altered = "This is not about bikes versus cars, it is about whether our kids can get to school safely";
  const brief = await draft(author, { title: "Altered quote", body: "The mayor defended the lane [@q1] on [@e1].", quote: altered });
  await publishNow(brief.id, author, reviewer);

  await page.goto(`/briefs/${brief.slug}`);
  const quote = page.locator("#quote-q1");
  await expect(quote).toContainText("Differs from the source text");
  await expect(quote).not.toContainText("Checked by hand");
  const summary = quote.getByText("How it differs from the source text");
  await summary.focus();
  await page.keyboard.press("Enter");
  const details = quote.locator("details");
  await expect(details).toHaveAttribute("open", "");
  await expect(details.locator("mark")).toHaveText(MAYOR);
  await expect(details.locator(".word-diff del")).toContainText("children");
  await expect(details.locator(".word-diff ins")).toContainText("kids");
});
