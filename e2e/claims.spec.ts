import { expect, test, type Page } from "@playwright/test";
import { buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { createUser, e2eDb, signIn } from "./support";

/** The reviewer ticks the claim and approves. */
async function approveClaim(reviewerPage: Page, editorUrl: string, reviewerName: string) {
  await reviewerPage.goto(`${editorUrl}/review`);
  await expect(reviewerPage.getByText(/^Claim: /)).toBeVisible();
  await reviewerPage.getByLabel("Checked c1").check();
  await reviewerPage.getByRole("button", { name: "Approve" }).click();
  await expect(reviewerPage.getByText(`Approved by ${reviewerName}.`)).toBeVisible();
}

async function submit(authorPage: Page, editorUrl: string) {
  await authorPage.goto(editorUrl);
  await authorPage.getByRole("button", { name: "Submit for review" }).click();
  await expect(authorPage.getByRole("heading", { name: "Workflow: In review" })).toBeVisible();
}

test("an editor adds a claim, a reviewer checks it, readers see the verdict; a changed verdict is a public correction on /corrections and its feed", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const [author, reviewer] = [await createUser("editor"), await createUser("editor")];
  const slug = `claim-journey-${Date.now()}`;
  const title = `Did North Korea recognise the regions? ${slug}`;
  const brief = await e2eDb().$transaction(async (tx) => {
    const document = await buildDocument(tx, {
      title: "Statement of the DPRK foreign ministry",
      capturedText: "The DPRK recognises the independence of the regions.",
    });
    const b = await buildBrief(tx, {
      slug,
      title,
      summary: "We checked what Pyongyang said.",
      body: "The ministry's statement [@d1].",
      authorIds: [author.id],
    });
    await citeDocument(tx, { briefId: b.id, documentId: document.id, ref: "d1" });
    return b;
  });
  const editorUrl = `/desk/briefs/${brief.id}`;
  const newPage = async () => (await browser.newContext()).newPage();
  const [authorPage, reviewerPage, reader] = [await newPage(), await newPage(), await newPage()];

  // The editor adds a claim: a missing claimant is refused beside its field, and nothing typed is lost.
  await signIn(authorPage, author, `${editorUrl}/items`);
  const addForm = authorPage.getByRole("form", { name: "Add a claim" });
  await addForm.getByLabel("Claim", { exact: true }).fill("North Korea recognised the regions' independence.");
  await addForm.getByLabel("These are the claimant’s exact words").check();
  await addForm.getByLabel("First appeared in").selectOption({ label: "d1: Statement of the DPRK foreign ministry" });
  await addForm.getByLabel("Verdict").selectOption("verdict-mostly-true");
  await addForm.getByLabel("Conclusion").fill("The ministry's statement says so, though in other words.");
  await addForm.getByRole("button", { name: "Add claim" }).click();
  await expect(addForm.getByLabel("Who made it")).toHaveAccessibleDescription("Enter who made the claim.");
  await expect(addForm.getByLabel("Claim", { exact: true })).toHaveValue("North Korea recognised the regions' independence.");
  await expect(addForm.getByLabel("Conclusion")).toHaveValue("The ministry's statement says so, though in other words.");
  await addForm.getByLabel("Who made it").fill("KCNA");
  await addForm.getByRole("button", { name: "Add claim" }).click();
  await expect(authorPage.getByRole("status").filter({ hasText: "Claim c1 added." })).toBeVisible();
  await expect(authorPage.getByRole("listitem").filter({ hasText: "KCNA" })).toContainText("Mostly true");

  // Submitted, checked by a second editor, published.
  await authorPage.goto(editorUrl);
  await authorPage.getByLabel("Reviewer").selectOption({ label: reviewer.name });
  await authorPage.getByRole("button", { name: "Submit for review" }).click();
  await expect(authorPage.getByRole("heading", { name: "Workflow: In review" })).toBeVisible();
  await signIn(reviewerPage, reviewer, `${editorUrl}/review`);
  await approveClaim(reviewerPage, editorUrl, reviewer.name);
  await authorPage.reload();
  await authorPage.getByRole("button", { name: "Publish" }).click();
  await authorPage.getByRole("button", { name: "Yes, publish now" }).click();
  await expect(authorPage.getByRole("heading", { name: "Workflow: Published" })).toBeVisible();

  // A reader sees who said what, the verdict with its definition and the conclusion.
  await reader.goto(`/briefs/${slug}`);
  const claims = reader.getByRole("region", { name: "The claim we checked" });
  // the claimant's exact words, as a quotation
  await expect(claims.locator("blockquote")).toHaveText("North Korea recognised the regions' independence.");
  await expect(claims).toContainText("KCNA");
  await expect(claims).toContainText("Our verdict: Mostly true — The claim is accurate but needs clarification or additional information.");
  await expect(claims).toContainText("The ministry's statement says so, though in other words.");
  await expect(claims.getByRole("link", { name: "Statement of the DPRK foreign ministry" })).toHaveAttribute("href", "#document-d1");
  const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd[1]).toMatchObject({ "@type": "ClaimReview", reviewRating: { alternateName: "Mostly true", ratingValue: 4 } });
  // the home list shows the verdict of a brief with one claim
  await expect(async () => {
    await reader.goto("/");
    await expect(reader.getByRole("listitem").filter({ hasText: title })).toContainText("Verdict: Mostly true");
  }).toPass({ timeout: 30_000 });

  // The verdict changes: publishing needs a verdict-change note, which names both verdicts.
  await authorPage.goto(`${editorUrl}/items`);
  await authorPage.getByText("Edit c1").click();
  const editForm = authorPage.getByRole("listitem").filter({ hasText: "KCNA" });
  await editForm.getByLabel("Verdict").selectOption("verdict-false");
  await editForm.getByRole("button", { name: "Save c1" }).click();
  await expect(authorPage.getByRole("status").filter({ hasText: "Claim c1 saved." })).toBeVisible();
  await submit(authorPage, editorUrl);
  await approveClaim(reviewerPage, editorUrl, reviewer.name);
  await authorPage.reload();
  await expect(authorPage.getByRole("note").filter({ hasText: "c1: from Mostly true to False" })).toBeVisible();
  await expect(authorPage.getByLabel("Kind of note")).toHaveValue("verdict_change");
  await authorPage.getByLabel("Public note", { exact: true }).fill("The full statement shows the recognition was not made.");
  await authorPage.getByRole("button", { name: "Publish" }).click();
  await authorPage.getByRole("button", { name: "Yes, publish now" }).click();
  await expect(authorPage.getByText("Version 2 is public.")).toBeVisible();

  await reader.goto(`/briefs/${slug}`);
  const notice = reader.getByRole("note").filter({ hasText: "Our verdict changed" });
  await expect(notice).toContainText("changed from Mostly true to False. The full statement shows the recognition was not made.");
  await expect(reader.getByRole("region", { name: "The claim we checked" })).toContainText("Our verdict: False");

  await expect(async () => {
    await reader.goto("/corrections");
    const entry = reader.getByRole("listitem").filter({ hasText: title });
    await expect(entry).toContainText("Verdict change");
    await expect(entry).toContainText("from Mostly true to False");
  }).toPass({ timeout: 30_000 });
  await expect(async () => {
    const feed = await reader.request.get("/corrections/feed.xml");
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    expect(await feed.text()).toContain(`Verdict change: ${title}`);
  }).toPass({ timeout: 30_000 });

  // The methodology page shows the scale.
  await reader.goto("/methodology");
  await expect(reader.getByRole("definition").filter({ hasText: "The claim is inaccurate." })).toBeVisible();
});
