import { expect, test } from "@playwright/test";
import { addEvent, addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { createUser, e2eDb, signIn } from "./support";

test("one editor writes and submits, a second reviews and comments, the first replies and publishes, readers see it and its correction", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const [author, reviewer] = [await createUser("editor"), await createUser("editor")];
  const slug = `review-journey-${Date.now()}`;
  const brief = await e2eDb().$transaction(async (tx) => {
    const document = await buildDocument(tx, {
      title: "Statement of the ministry",
      capturedText: "The ministry “strongly condemns” the decision.",
    });
    const b = await buildBrief(tx, {
      slug,
      title: "Kyiv condemns the recognition",
      summary: "Ukraine's foreign ministry condemned the decision.",
      body: "The ministry said it “strongly condemns” it [@q1], days after the recognition [@e1]. Source: [@d1].",
      authorIds: [author.id],
    });
    await citeDocument(tx, { briefId: b.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, {
      briefId: b.id,
      documentId: document.id,
      ref: "q1",
      text: "strongly condemns",
      speakerName: "Oleh Nikolenko",
      speakerTitle: "Spokesman",
    });
    await addEvent(tx, {
      briefId: b.id,
      ref: "e1",
      description: "North Korea recognises the regions",
      date: "2022-07-13",
      precision: "day",
      documentIds: [document.id],
    });
    return b;
  });
  const editorUrl = `/desk/briefs/${brief.id}`;
  const [authorPage, reviewerPage] = [await (await browser.newContext()).newPage(), await (await browser.newContext()).newPage()];

  // The author submits, naming the reviewer.
  await signIn(authorPage, author, editorUrl);
  await authorPage.getByLabel("Reviewer").selectOption({ label: reviewer.name });
  await authorPage.getByRole("button", { name: "Submit for review" }).click();
  await expect(authorPage.getByRole("heading", { name: "Workflow: In review" })).toBeVisible();

  // The reviewer finds it waiting and sends it back.
  await signIn(reviewerPage, reviewer, "/desk");
  await reviewerPage
    .getByRole("region", { name: "Waiting for my review" })
    .getByRole("link", { name: "Kyiv condemns the recognition" })
    .click();
  await reviewerPage.getByRole("link", { name: "Open the review" }).click();
  // … comments on the quote (the editor page has a comment form too: wait for the review's) …
  await expect(reviewerPage.getByRole("heading", { name: "Review of revision 1" })).toBeVisible();
  const reviewerComments = reviewerPage.getByRole("region", { name: /^Comments/ });
  await reviewerComments.getByLabel("What is it about?").selectOption("quote:q1");
  await reviewerComments.getByLabel("Comment", { exact: true }).fill("Are these the ministry's words or the spokesman's?");
  await reviewerComments.getByRole("button", { name: "Add comment" }).click();
  await expect(reviewerComments.getByRole("status").filter({ hasText: "Comment added." })).toBeVisible();
  await expect(reviewerComments.getByText("On quote q1")).toBeVisible();
  await reviewerPage.getByLabel("Message to the author").fill("Please name the ministry in the summary.");
  await reviewerPage.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewerPage.getByText("Sent back to the author")).toBeVisible();

  // The author sees why, fixes it and submits again.
  await authorPage.reload();
  await expect(authorPage.getByText("Please name the ministry in the summary.")).toBeVisible();
  // The author finds the comment in the editor, replies and resolves it.
  const authorComments = authorPage.getByRole("region", { name: /^Comments/ });
  await expect(authorComments.getByText("On quote q1")).toBeVisible();
  await expect(authorComments.getByText("Are these the ministry's words or the spokesman's?")).toBeVisible();
  await authorComments.getByLabel("Your reply").fill("The spokesman's, speaking for the ministry.");
  await authorComments.getByRole("button", { name: "Reply" }).click();
  await expect(authorComments.getByText("The spokesman's, speaking for the ministry.")).toBeVisible();
  await authorComments.getByRole("button", { name: "Resolve" }).click();
  await expect(authorComments.getByText(`Resolved by ${author.name}`)).toBeVisible();
  await expect(authorComments.getByRole("heading", { name: "Comments (0 open)" })).toBeVisible();
  await authorPage.getByLabel("Summary").fill("Ukraine's Ministry of Foreign Affairs condemned the decision.");
  await authorPage.getByRole("button", { name: "Save", exact: true }).click();
  await expect(authorPage.getByRole("status").filter({ hasText: /^Saved at/ })).toBeVisible();
  await authorPage.reload();
  await authorPage.getByRole("button", { name: "Submit for review" }).click();
  await expect(authorPage.getByRole("heading", { name: "Workflow: In review" })).toBeVisible();

  // The reviewer hears of the reply in the inbox, then ticks every item and approves.
  await reviewerPage.goto("/desk/inbox");
  await expect(reviewerPage.getByRole("listitem").filter({ hasText: "The spokesman's, speaking for the ministry." })).toContainText(
    "Reply",
  );
  await reviewerPage.goto(`${editorUrl}/review`);
  await reviewerPage.getByLabel("Checked q1").check();
  await reviewerPage.getByLabel("Checked e1").check();
  await reviewerPage.getByRole("button", { name: "Approve" }).click();
  await expect(reviewerPage.getByText(`Approved by ${reviewer.name}.`)).toBeVisible();

  // The author publishes; a reader sees it, reviewed by the second editor.
  await authorPage.reload();
  await authorPage.getByRole("button", { name: "Publish" }).click();
  await authorPage.getByRole("button", { name: "Yes, publish now" }).click();
  await expect(authorPage.getByRole("heading", { name: "Workflow: Published" })).toBeVisible();
  await expect(authorPage.getByText("Version 1 is public.")).toBeVisible();
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/briefs/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Kyiv condemns the recognition");
  await expect(reader.getByText(`Reviewed by ${reviewer.name}`)).toBeVisible();

  // An update goes through review again and is published with a public correction.
  await authorPage.reload();
  await authorPage.getByLabel("Title").fill("Kyiv strongly condemns the recognition");
  await authorPage.getByRole("button", { name: "Save", exact: true }).click();
  await expect(authorPage.getByRole("status").filter({ hasText: /^Saved at/ })).toBeVisible();
  await authorPage.reload();
  await authorPage.getByRole("button", { name: "Submit for review" }).click();
  await expect(authorPage.getByRole("heading", { name: "Workflow: In review" })).toBeVisible();
  await reviewerPage.goto(`${editorUrl}/review`);
  await expect(reviewerPage.getByRole("region", { name: /Changes since published version 1/ })).toContainText("strongly");
  await reviewerPage.getByLabel("Checked q1").check();
  await reviewerPage.getByLabel("Checked e1").check();
  await reviewerPage.getByRole("button", { name: "Approve" }).click();
  await expect(reviewerPage.getByText(`Approved by ${reviewer.name}.`)).toBeVisible();
  await authorPage.reload();
  await authorPage.getByLabel("Public note", { exact: true }).fill("The headline now quotes the ministry's words exactly.");
  await authorPage.getByRole("button", { name: "Publish" }).click();
  await authorPage.getByRole("button", { name: "Yes, publish now" }).click();
  await expect(authorPage.getByText("Version 2 is public.")).toBeVisible();

  await reader.reload();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Kyiv strongly condemns the recognition");
  await expect(reader.getByRole("region", { name: "Corrections" })).toContainText("The headline now quotes the ministry's words exactly.");
});
