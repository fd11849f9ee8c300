// Issue 14, item 1: a 1 MB document of "12 June 2022, " (pasted through the desk) and
// one of a quotation said by John Smith (stored directly) are read in the background:
// the candidates screen shows "Reading the document… N%", then one bounded page with
// "N more", and the server keeps answering /api/health within a second meanwhile.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { createUser, e2eDb, signIn } from "./support";

const MEGABYTE = 1024 * 1024;
const repeat = (unit: string) => unit.repeat(Math.ceil(MEGABYTE / unit.length)).slice(0, MEGABYTE);

/** The slowest of a few /api/health requests, each timed alone. */
async function slowestHealth(request: APIRequestContext): Promise<number> {
  let slowest = 0;
  for (let i = 0; i < 5; i++) {
    const started = Date.now();
    const response = await request.get("/api/health");
    slowest = Math.max(slowest, Date.now() - started);
    expect(response.status()).toBe(200);
  }
  return slowest;
}

/** Waits out the reading, checking health while it runs; then the page is the bounded list. */
async function waitForCandidates(page: Page, request: APIRequestContext) {
  const reading = page.getByText(/Reading the document… \d+%|Waiting to read the document/);
  let checked = false;
  for (let i = 0; i < 180 && (await reading.isVisible()); i++) {
    expect(await slowestHealth(request)).toBeLessThan(1000);
    checked = true;
    await page.waitForTimeout(1000);
  }
  await expect(page.getByRole("heading", { name: /^Events \(/ })).toBeVisible({ timeout: 30_000 });
  return checked;
}

test("a 1 MB document of dates and one of a repeated quotation give bounded candidate pages, and the server keeps answering", async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const editor = await createUser("editor");
  const { brief, said } = await e2eDb().$transaction(async (tx) => {
    const brief = await buildBrief(tx, { authorIds: [editor.id], title: `Hostile extraction ${Date.now()}` });
    const said = await buildDocument(tx, {
      capturedText: repeat('"Words here," said John Smith on Tuesday. '),
      publishedOn: "2022-07-14",
      title: "Said John Smith",
    });
    await citeDocument(tx, { briefId: brief.id, documentId: said.id, ref: "d9" });
    return { brief, said };
  });

  await signIn(page, editor, `/desk/documents/new?brief=${brief.id}`);
  await expect(page.getByText("The text may be at most 2 MB")).toBeVisible();
  await page.getByLabel("Title").fill("Twelfth of June, a megabyte of it");
  await page.getByLabel("Publisher").selectOption({ label: "News report (publisher not recorded) (outlet)" });
  await page.getByLabel("Published date").fill("2022-07-14");
  await page.getByLabel("Captured text").fill(repeat("12 June 2022, "));
  await page.getByRole("button", { name: "Save and attach to the brief" }).click();

  await expect(page).toHaveURL(new RegExp(`/desk/briefs/${brief.id}/documents/\\w+/candidates$`), { timeout: 60_000 });
  // a megabyte takes seconds to read: /api/health was asked while it was read
  expect(await waitForCandidates(page, request)).toBe(true);
  await expect(page.getByRole("heading", { name: "Events (500)" })).toBeVisible();
  await expect(page.getByText(/The text holds [\d,]+ events; the first 500 are proposed\./)).toBeVisible();
  const events = page.getByRole("region", { name: /^Events/ });
  await expect(events.getByRole("listitem")).toHaveCount(50);
  await expect(events.getByRole("link", { name: "450 more events" })).toBeVisible();
  await expect(page.getByText(/Characters 1–20,000 of 1,048,576/)).toBeVisible();

  // the next page, and a decision made there
  await events.getByRole("link", { name: "450 more events" }).click();
  await expect(events.getByRole("link", { name: "400 more events" })).toBeVisible();
  const card = events.getByRole("listitem").first();
  await card.getByRole("button", { name: "Reject" }).click();
  await expect(card.getByText("Rejected", { exact: true })).toBeVisible();

  await page.goto(`/desk/briefs/${brief.id}/documents/${said.id}/candidates?quotes=2`);
  await waitForCandidates(page, request);
  await expect(page.getByRole("heading", { name: "Quotes (500)" })).toBeVisible();
  const quotes = page.getByRole("region", { name: /^Quotes/ });
  await expect(quotes.getByRole("listitem")).toHaveCount(50);
  await expect(quotes.getByRole("listitem").first()).toContainText("John Smith");
  await expect(quotes.getByRole("link", { name: "400 more quotes" })).toBeVisible();
  expect(await slowestHealth(request)).toBeLessThan(1000);
});
