import { expect, test, type Page } from "@playwright/test";
import { addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { approve, submitForReview } from "@/prisma/seed/workflow";
import { CAPTURED_TEXT, correctedBrief, olderBriefsUnderATopic, publishedBrief, unique, withdrawnBrief } from "./reader-data";
import { createUser, e2eDb, signIn } from "./support";

const demoSlug = "ukraine-cuts-ties-with-north-korea";
const demoTitle = "Ukraine cuts ties with North Korea after Pyongyang recognises Russia's proxy republics";

/** Lists may be served from the cache for up to 10 s after data changed behind the desk's back. */
async function eventually(page: Page, check: () => Promise<void>) {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 30_000 });
}

test("a reader goes from the home page to a brief, its source, a topic and the methodology", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: demoTitle }).click();
  await expect(page).toHaveURL(new RegExp(`/briefs/${demoSlug}$`));

  // A source, with what the registry says about it and the briefs that cite it.
  await page.getByRole("region", { name: "Sources" }).getByRole("link", { name: "Ministry of Foreign Affairs of North Korea" }).click();
  await expect(page).toHaveURL(/\/sources\/north-korea-ministry-of-foreign-affairs$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ministry of Foreign Affairs of North Korea");
  await expect(page.getByText("Low reliability")).toBeVisible();
  await expect(page.getByText("State-affiliated", { exact: true })).toBeVisible();
  await expect(page.getByText("Government", { exact: true })).toBeVisible();
  const citing = page.getByRole("region", { name: /Briefs citing/ });
  await expect(citing.getByRole("link", { name: demoTitle })).toBeVisible();
  await expect(citing.getByText("Ukraine ends relations with Syria")).toHaveCount(0);

  // Its topic, then every topic: a topic only the unpublished brief uses is not there.
  await citing.getByRole("link", { name: "North Korea", exact: true }).click();
  await expect(page).toHaveURL(/\/topics\/north-korea$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("North Korea");
  await expect(page.getByRole("link", { name: demoTitle })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Topics" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Topics");
  await expect(page.getByRole("link", { name: "War in Ukraine" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Syria", exact: true })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "How we work" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole("heading", { level: 2, name: /four eyes/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Corrections policy" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" })).toHaveAttribute("href", "/search");
});

test("the home page and a topic page go back in time page by page", async ({ page }) => {
  test.setTimeout(90_000);
  const { topic, newestFirst } = await olderBriefsUnderATopic(21);

  // The topic page may have been cached while its briefs were being made (a list
  // elsewhere links to it, and links are prefetched).
  await page.goto(`/topics/${topic.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(topic.name);
  const titles = page.locator(".brief-list h2");
  await eventually(page, () => expect(titles).toHaveText(newestFirst.slice(0, 20).map((b) => b.title)));
  await expect(page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Newer" })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Older" }).click();
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.slug}/page/2$`));
  await eventually(page, () => expect(titles).toHaveText([newestFirst[20]!.title]));
  await expect(page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Older" })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Newer" }).click();
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.slug}$`));

  // The home page: the demo brief stays on page 1, the archive is on later pages.
  await page.goto("/");
  await eventually(page, () => expect(page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Older" })).toBeVisible());
  await expect(page.getByRole("link", { name: demoTitle })).toBeVisible();
  await expect(titles).toHaveCount(20);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Older" }).click();
  await expect(page).toHaveURL(/\/page\/2$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Latest briefs, page 2");
  await expect(page.getByRole("link", { name: demoTitle })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Newer" }).click();
  await expect(page).toHaveURL(/\/$/);

  expect((await page.goto("/page/1"))?.url()).toMatch(/\/$/);
  expect((await page.goto("/page/9999"))?.status()).toBe(404);
  expect((await page.goto("/page/two"))?.status()).toBe(404);
});

test("a withdrawn brief keeps its address and says when and why it was withdrawn", async ({ page }) => {
  const reason = "The statement this brief rests on was retracted by the ministry.";
  const brief = await withdrawnBrief(reason);

  const response = await page.goto(`/briefs/${brief.slug}`);
  expect(response?.status()).toBe(200);
  const notice = page.getByRole("note").filter({ hasText: "withdrawn" });
  await expect(notice.getByRole("heading")).toHaveText(/^This brief was withdrawn on \d{1,2} \w+ \d{4}$/);
  await expect(notice).toContainText(reason);
  await page.goto("/");
  await eventually(page, () => expect(page.getByRole("link", { name: brief.title })).toHaveCount(0));
});

test("a corrected brief shows its corrections log with the kind and date of each note", async ({ page }) => {
  const note = "An earlier version gave the wrong date for the vote.";
  const brief = await correctedBrief({ kind: "correction", note });

  await page.goto(`/briefs/${brief.slug}`);
  const log = page.getByRole("region", { name: "Corrections" });
  const today = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date());
  await expect(log.getByRole("listitem")).toHaveText(`Correction, ${today}: ${note}`);
  await expect(page.getByText("What the minister said, and on which day.")).toBeVisible();
  await expect(page.locator(".meta").first()).toContainText(`updated ${today}`);
});

test("a quote links to our captured copy of its document, shown exactly as captured and never as HTML", async ({ page }) => {
  const brief = await publishedBrief();
  await page.goto(`/briefs/${brief.slug}`);
  const quote = page.getByRole("region", { name: "Quotes" }).getByRole("listitem").first();
  await expect(quote.getByRole("link", { name: /original/ })).toHaveAttribute("href", "https://agency.example/statement");
  await quote.getByRole("link", { name: /captured copy/ }).click();

  await expect(page).toHaveURL(new RegExp(`/briefs/${brief.slug}/documents/d1$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statement of the minister");
  expect(await page.locator(".captured-text").textContent()).toBe(CAPTURED_TEXT);
  await expect(page.locator(".captured-text b, .captured-text script")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { pwned?: boolean }).pwned)).toBeUndefined();
  await expect(page.locator("code.hash")).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByRole("link", { name: brief.source.name })).toHaveAttribute("href", `/sources/${brief.source.slug}`);
  expect((await page.goto(`/briefs/${brief.slug}/documents/d9`))?.status()).toBe(404);
});

test("publishing and withdrawing at the desk refresh the cached reader pages at once", async ({ browser }) => {
  const [author, reviewer] = [await createUser("editor"), await createUser("editor")];
  const title = `Fresh statement ${unique()}`;
  const brief = await e2eDb().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText: "The minister said “we will respond” on Monday." });
    const b = await buildBrief(tx, {
      slug: `fresh-${unique()}`,
      title,
      summary: "What the minister said.",
      body: "He said [@q1] ([@d1]).",
      authorIds: [author.id],
    });
    await citeDocument(tx, { briefId: b.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, { briefId: b.id, documentId: document.id, ref: "q1", text: "we will respond", speakerName: "The Minister" });
    const { review } = await submitForReview(tx, { briefId: b.id, authorId: author.id, reviewerId: reviewer.id });
    await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
    return b;
  });
  const reader = await (await browser.newContext()).newPage();
  const desk = await (await browser.newContext()).newPage();
  await signIn(desk, author, `/desk/briefs/${brief.id}`);
  // Cached without the brief: two visits, the second served from the cache.
  await reader.goto("/");
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);

  await desk.getByRole("button", { name: "Publish" }).click();
  await desk.getByRole("button", { name: "Yes, publish now" }).click();

  await expect(desk.getByRole("heading", { name: "Workflow: Published" })).toBeVisible();
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  await reader.goto(`/briefs/${brief.slug}`);
  await reader.goto(`/briefs/${brief.slug}`);
  await expect(reader.getByRole("note")).toHaveCount(0);

  await desk.getByText("Withdraw this brief from readers…").click();
  await desk.getByLabel("Public reason for withdrawing").fill("The minister's office says the quote was misreported.");
  await desk.getByRole("button", { name: "Withdraw", exact: true }).click();
  await expect(desk.getByRole("heading", { name: "Workflow: Withdrawn" })).toBeVisible();
  await reader.goto(`/briefs/${brief.slug}`);
  await expect(reader.getByRole("note")).toContainText("The minister's office says the quote was misreported.");
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
});
