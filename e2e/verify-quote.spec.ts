import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { submitForReview } from "@/prisma/seed/workflow";
import { createUser, e2eDb, signIn } from "./support";

const article = readFileSync(new URL("../prisma/seed/data/ukraine-north-korea.txt", import.meta.url), "utf8");

test("an editor changes a quote's words: it turns altered, with the passage and the word diff, in the editor and on the review screen", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const [author, reviewer] = [await createUser("editor"), await createUser("editor")];
  const brief = await e2eDb().$transaction(async (tx) => {
    const document = await buildDocument(tx, { title: "Ukraine cuts off North Korea", capturedText: article });
    const b = await buildBrief(tx, { title: `Kyiv condemns the recognition (${Date.now()})`, authorIds: [author.id] });
    await citeDocument(tx, { briefId: b.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, {
      briefId: b.id,
      documentId: document.id,
      ref: "q1",
      text: "the temporarily occupied areas of Donetsk and Luhansk",
      speakerName: "Oleh Nikolenko",
      speakerTitle: "Spokesman",
    });
    return b;
  });

  const page = await (await browser.newContext()).newPage();
  await signIn(page, author, `/desk/briefs/${brief.id}/items`);
  const card = page
    .getByRole("region", { name: "Quotes" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: /q1/ }) });
  await expect(card.getByRole("heading", { name: /q1/ })).toContainText("Verbatim");

  await card.getByText("Edit q1").click();
  await card.getByLabel("Exact words").fill("the temporarily occupied regions of Donetsk and Luhansk");
  await card.getByRole("button", { name: "Save q1" }).click();
  await expect(page.getByText("Quote q1 saved, but its words differ from the document's captured text")).toBeVisible();
  await expect(card.getByRole("heading", { name: /q1/ })).toContainText("Altered");
  const evidence = card.locator(".verification-evidence");
  await expect(evidence).toBeVisible();
  await expect(evidence).toContainText("Closest passage in the document:");
  await expect(evidence.locator("mark")).toContainText("the temporarily occupied");
  await expect(evidence.locator("mark del")).toContainText("areas");
  await expect(evidence.locator("mark ins")).toContainText("regions");
  await expect(evidence).toContainText("Struck through: in the document, not in the quote. Underlined: in the quote, not in the document.");
  // The text around the passage, as captured.
  await expect(evidence).toContainText("recognize the independence of “");

  // The reviewer sees the same on the review screen.
  await e2eDb().$transaction((tx) => submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id }));
  const reviewPage = await (await browser.newContext()).newPage();
  await signIn(reviewPage, reviewer, `/desk/briefs/${brief.id}/review`);
  const item = reviewPage.locator("#review-q1");
  await expect(item).toContainText("Differs from its document — needs a note");
  await expect(item.locator("mark del")).toContainText("areas");
  await expect(item.locator("mark ins")).toContainText("regions");
  await expect(item).toContainText("Struck through: in the document, not in the quote.");
});
