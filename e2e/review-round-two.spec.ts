// A second round of review starts where the first left off: the reviewer's ticks stay
// on the items that did not change, a changed item asks to be checked again, the
// changes since the last review are one click away, and the brief's text comes first,
// with a comment form opening where a passage is selected.
import { expect, test } from "@playwright/test";
import { editBrief } from "@/lib/briefs/edit-brief";
import { addEvent, addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { submitForReview } from "@/prisma/seed/workflow";
import { createUser, e2eDb, signIn } from "./support";

test("round two keeps the ticks of unchanged items, clears the changed one and shows what changed", async ({ page }) => {
  test.setTimeout(90_000);
  const [author, reviewer] = [await createUser("editor"), await createUser("editor")];
  const { brief, q2 } = await e2eDb().$transaction(async (tx) => {
    const document = await buildDocument(tx, {
      title: "Statement of the ministry",
      capturedText: "The ministry “strongly condemns” the decision, “a flagrant violation of sovereignty”.",
    });
    const brief = await buildBrief(tx, {
      title: `Round two ${Date.now()}`,
      summary: "Ukraine's foreign ministry condemned the decision.",
      authorIds: [author.id],
      body: "The ministry said it “strongly condemns” the recognition [@q1], “a flagrant violation” [@q2], days after it [@e1]. Source: [@d1].",
    });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q1", text: "strongly condemns", speakerName: "Oleh Nikolenko" });
    const q2 = await addQuote(tx, {
      briefId: brief.id,
      documentId: document.id,
      ref: "q2",
      text: "a flagrant violation",
      speakerName: "Oleh Nikolenko",
    });
    await addEvent(tx, {
      briefId: brief.id,
      ref: "e1",
      description: "North Korea recognises the regions",
      date: "2022-07-13",
      precision: "day",
      documentIds: [document.id],
    });
    await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id });
    return { brief, q2 };
  });
  const reviewUrl = `/desk/briefs/${brief.id}/review`;

  // Round one: every item ticked, changes requested.
  await signIn(page, reviewer, reviewUrl);
  for (const ref of ["q1", "q2", "e1"]) await page.getByLabel(`Checked ${ref}`).check();
  await page.getByLabel("Message to the author").fill("Quote the whole phrase in q2.");
  await page.getByRole("button", { name: "Request changes" }).click();
  await expect(page.getByText("Sent back to the author")).toBeVisible();

  // The author changes q2 only, and submits again to the same reviewer.
  await e2eDb().$transaction(async (tx) => {
    await editBrief(tx, { briefId: brief.id, actorId: author.id }, async () => {
      await tx.quote.update({ where: { id: q2.id }, data: { text: "a flagrant violation of sovereignty" } });
      await tx.brief.update({
        where: { id: brief.id },
        data: {
          body: "The ministry said it “strongly condemns” the recognition [@q1], “a flagrant violation of sovereignty” [@q2], days after it [@e1]. Source: [@d1].",
        },
      });
    });
    await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id });
  });

  // Round two: the unchanged items keep their ticks; the changed one is cleared and says why.
  await page.goto(reviewUrl);
  await expect(page.getByLabel("Checked q1")).toBeChecked();
  await expect(page.getByLabel("Checked e1")).toBeChecked();
  await expect(page.getByLabel("Checked q2")).not.toBeChecked();
  await expect(page.locator("#review-q2")).toContainText("Changed since your tick");
  await expect(page.locator("#review-q1")).not.toContainText("Changed since your tick");

  // What changed since the reviewer's last decision.
  const changes = page.getByRole("region", { name: /Changes since your last review/ });
  await expect(changes).toContainText("sovereignty");
  await expect(changes).toContainText("Quote [@q2]");

  // The brief's text comes before the checklist.
  const text = await page.getByRole("heading", { name: "The brief as submitted" }).boundingBox();
  const checklist = await page.getByRole("heading", { name: "Checklist" }).boundingBox();
  expect(text!.y).toBeLessThan(checklist!.y);

  // Selecting a passage opens the comment form right there.
  const paragraph = page.locator(".review-brief .body p").first();
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.evaluate((p) => {
    const node = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes("The ministry said it"))!;
    const range = document.createRange();
    range.setStart(node, node.textContent!.indexOf("The ministry"));
    range.setEnd(node, node.textContent!.indexOf("The ministry") + "The ministry said it".length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await paragraph.dispatchEvent("mouseup");
  await page.getByRole("button", { name: "Comment on this passage" }).click();
  const form = page.getByRole("form", { name: "Comment on the selected passage" });
  await expect(form.getByText("The ministry said it", { exact: true })).toBeVisible();
  const [at, where] = [await form.boundingBox(), await paragraph.boundingBox()];
  expect(Math.abs(at!.y - (where!.y + where!.height))).toBeLessThan(200);
  await form.getByLabel("Your comment").fill("Which ministry?");
  await form.getByRole("button", { name: "Add comment" }).click();
  const comments = page.getByRole("region", { name: /^Comments/ });
  await expect(comments.locator("blockquote.comment-passage")).toHaveText("The ministry said it");
  await expect(comments.getByText("Which ministry?")).toBeVisible();

  // Ticking the changed item is all that is left before approving.
  await page.getByLabel("Checked q2").check();
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText(`Approved by ${reviewer.name}.`)).toBeVisible();
});
