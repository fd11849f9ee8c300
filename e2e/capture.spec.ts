// Issue 19: from a link to a captured, archived, quotable document in one step. The
// pages come from a fixture server on 127.0.0.1 started here; the app reaches it only
// because the e2e server runs with the test-only BRIEFDESK_CAPTURE_ALLOW_LOOPBACK.
import { expect, test } from "@playwright/test";
import { startFixtureServer, type FixtureServer } from "@/lib/capture/fixture-server";
import { buildBrief, buildSource } from "@/prisma/seed/factories";
import { approve, submitForReview } from "@/prisma/seed/workflow";
import { createUser, e2eDb, signIn } from "./support";

let fixture: FixtureServer;
test.beforeAll(async () => {
  fixture = await startFixtureServer();
});
test.afterAll(() => fixture.close());

test("an editor captures a page by its address, quotes it and publishes; the reader's archived copy runs no script", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const [author, reviewer] = [await createUser("editor"), await createUser("editor")];
  const stamp = Date.now();
  const publisher = `The Coastal Ledger ${stamp}`;
  const brief = await e2eDb().$transaction(async (tx) => {
    await buildSource(tx, { name: publisher });
    return buildBrief(tx, {
      slug: `dredging-${stamp}`,
      title: `Dredging delay ${stamp}`,
      summary: "The harbour authority delays the dredging.",
      body: "",
      authorIds: [author.id],
    });
  });
  const page = await (await browser.newContext()).newPage();
  await signIn(page, author, `/desk/documents/new?brief=${brief.id}`);
  const address = page.getByLabel("URL");
  const capture = page.getByRole("button", { name: "Capture from this address" });
  await expect(page.getByText("PDF files cannot be captured yet")).toBeVisible();

  // Refusals keep what was typed, and say why next to the address.
  await page.getByLabel("Author").fill("Typed by the editor");
  await address.fill("http://169.254.169.254/latest/meta-data/");
  await capture.click();
  await expect(page.locator("#document-url-error")).toHaveText("That address is on a private network and cannot be fetched.");
  await address.fill(`${fixture.origin}/report.pdf`);
  await capture.click();
  await expect(page.locator("#document-url-error")).toContainText("PDF files cannot be captured yet");
  // A slow page shows its progress and can be cancelled.
  await address.fill(`${fixture.origin}/slow`);
  await capture.click();
  await expect(page.getByRole("status").filter({ hasText: "Fetching the page…" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel capture" }).click();
  await expect(page.locator("#document-url-error")).toHaveText("Capture cancelled: nothing was changed.");
  await expect(page.getByLabel("Author")).toHaveValue("Typed by the editor");
  await page.getByLabel("Author").fill("");

  // The article: its details are proposed in the form for the editor to confirm.
  await address.fill(`${fixture.origin}/redirect/2`);
  await capture.click();
  await expect(page.getByText(`from ${fixture.origin}/news-article, fetched`)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel("Title")).toHaveValue("Harbour authority confirms dredging delay");
  await expect(page.getByLabel("Author")).toHaveValue("Mira Okafor, Tom Reyes");
  await expect(page.getByLabel("Published date")).toHaveValue("2026-03-14");
  await expect(page.getByLabel("Language")).toHaveValue("en-GB");
  await expect(address).toHaveValue(`${fixture.origin}/news/2026/harbour-dredging-delay`);
  await page.getByLabel("Publisher").selectOption({ label: `${publisher} (outlet)` });
  await page.getByRole("button", { name: "Save and attach to the brief" }).click();
  await expect(page).toHaveURL(/\/candidates$/, { timeout: 30_000 });

  // Quote from it: the director's words are in the captured text.
  await page.goto(`/desk/briefs/${brief.id}/items`);
  const form = page.getByRole("form", { name: "Add a quote" });
  await form.getByLabel("Exact words").fill("We will not put a single dredger in the water until the environmental survey is complete");
  await form.getByLabel("Speaker name").fill("Helena Brandt");
  await form.getByRole("button", { name: "Add quote" }).click();
  await expect(page.getByRole("region", { name: "Quotes" }).getByRole("listitem").filter({ hasText: "single dredger" })).toContainText(
    "Verbatim",
  );

  await e2eDb().$transaction(async (tx) => {
    await tx.brief.update({ where: { id: brief.id }, data: { body: "The director said [@q1] ([@d1])." } });
    const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id });
    await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
  });
  await page.goto(`/desk/briefs/${brief.id}`);
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByRole("button", { name: "Yes, publish now" }).click();
  await expect(page.getByRole("heading", { name: "Workflow: Published" })).toBeVisible();

  // The reader opens the archived copy from the brief page: sandboxed, no script runs.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/briefs/${brief.slug}`);
  const link = reader.getByRole("link", {
    name: new RegExp(`^archived copy of ${fixture.origin.replace(/[.]/g, "\\.")}/news-article, fetched \\d{4}-\\d{2}-\\d{2}$`),
  });
  const [response] = await Promise.all([reader.waitForResponse((r) => r.url().endsWith("/archived")), link.click()]);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/^sandbox;/);
  expect(headers["content-security-policy"]).not.toContain("allow-scripts");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["content-type"]).toBe("text/html; charset=utf-8");
  expect(headers["set-cookie"]).toBeUndefined();
  await expect(reader.getByRole("heading", { level: 1, name: "Harbour authority confirms dredging delay" })).toBeVisible();
  await reader.waitForTimeout(500);
  expect(await reader.title()).toBe("Harbour authority confirms dredging delay | The Coastal Ledger");
  expect(fixture.requests).not.toContain("/script-ran");
});

test("health answers while a big page is being captured", async ({ browser }) => {
  test.setTimeout(90_000);
  const editor = await createUser("editor");
  const page = await (await browser.newContext()).newPage();
  await signIn(page, editor, "/desk/documents/new");
  await page.getByLabel("URL").fill(`${fixture.origin}/big-article`);
  await page.getByRole("button", { name: "Capture from this address" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Fetching the page…|Reading its text and details…/ })).toBeVisible();
  const started = Date.now();
  const health = await page.request.get("/api/health");
  expect(health.ok()).toBe(true);
  expect(Date.now() - started).toBeLessThan(2000);
  await expect(page.getByLabel("Title")).toHaveValue("A long article", { timeout: 30_000 });
});

test("capture again keeps the old version and shows the words that changed", async ({ browser }) => {
  test.setTimeout(120_000);
  const editor = await createUser("editor");
  const publisher = `Finance Ministry ${Date.now()}`;
  await e2eDb().$transaction((tx) => buildSource(tx, { name: publisher, kind: "government" }));
  const page = await (await browser.newContext()).newPage();
  await signIn(page, editor, "/desk/documents/new");
  await page.getByLabel("URL").fill(`${fixture.origin}/changing`);
  await page.getByRole("button", { name: "Capture from this address" }).click();
  await expect(page.getByLabel("Title")).toHaveValue("Changing page", { timeout: 20_000 });
  await page.getByLabel("Publisher").selectOption({ label: `${publisher} (government)` });
  await page.getByRole("button", { name: "Save document" }).click();
  await expect(page).toHaveURL(/\/desk\/documents\/(?!new$)\w+$/, { timeout: 30_000 });
  const firstUrl = page.url();

  // the desk's archived copy is sandboxed too
  const archived = await page.request.get(`${firstUrl}/archived`);
  expect(archived.status()).toBe(200);
  expect(archived.headers()["content-security-policy"]).toMatch(/^sandbox;/);
  await expect(page.getByRole("link", { name: `Archived copy of ${fixture.origin}/changing` })).toBeVisible();

  await page.getByRole("button", { name: "Capture again" }).click();
  await expect(page).not.toHaveURL(firstUrl, { timeout: 30_000 });
  const changes = page.getByRole("region", { name: "Changes since the previous capture" });
  await expect(changes.locator("del")).toHaveText(["four"]);
  await expect(changes.locator("ins")).toHaveText(["two"]);
  await expect(page.getByText("rise by two percent")).toBeVisible();

  // the old capture is still there, as it was
  await page.getByRole("link", { name: /^the version of/ }).click();
  await expect(page).toHaveURL(firstUrl);
  await expect(page.getByText("rise by four percent")).toBeVisible();
  await expect(page.getByText("This page was captured again")).toBeVisible();
});
