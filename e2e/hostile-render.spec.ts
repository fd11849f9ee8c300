// Issue 14, items 2 and 3: a body of 98,000 characters of intraword underscores (the
// shape on which the old Markdown parser and PostgreSQL's text-search parser went
// quadratic) goes through the live preview, autosave, review, publication, the reader
// page, the API and search, while /api/health keeps answering within 1 s. Only the
// health requests are timed; every other step has generous timeouts for slow machines.
import { randomInt } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { createUser, e2eDb, signIn } from "./support";

const word = () => Array.from({ length: 9 }, () => String.fromCharCode(97 + randomInt(26))).join("");
const HOSTILE = "a_".repeat(49_000);

/** Runs `steps` while asking /api/health every 100 ms; returns how long each answer took. */
async function healthDuring(request: APIRequestContext, steps: () => Promise<void>): Promise<number[]> {
  const took: number[] = [];
  let done = false;
  const poll = (async () => {
    while (!done) {
      const started = Date.now();
      const response = await request.get("/api/health", { timeout: 30_000 });
      took.push(Date.now() - started);
      expect(response.status()).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    await steps();
  } finally {
    done = true;
    await poll;
  }
  return took;
}

test("a 98,000-character a_a_… body is previewed, reviewed, published and searched while /api/health answers within 1 s", async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const w = word();
  const [author, reviewer] = [await createUser("editor"), await createUser("editor")];
  const brief = await e2eDb().$transaction(
    async (tx) => {
      const document = await buildDocument(tx, { capturedText: "The minister said “we will respond” on Monday." });
      const brief = await buildBrief(tx, {
        slug: `hostile-${w}`,
        title: `Hostile body ${w}`,
        summary: "A body no parser likes.",
        body: "Draft.",
        authorIds: [author.id],
      });
      await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
      await addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q1", text: "we will respond", speakerName: "The Minister" });
      return brief;
    },
    { timeout: 30_000 },
  );
  const authorPage = await (await browser.newContext()).newPage();
  const reviewerPage = await (await browser.newContext()).newPage();
  const editorUrl = `/desk/briefs/${brief.id}`;
  await signIn(authorPage, author, editorUrl);
  await signIn(reviewerPage, reviewer, "/desk");

  const took = await healthDuring(request, async () => {
    // The live preview and autosave of the body.
    await authorPage.getByLabel("Body").fill(`${w} ${HOSTILE}\n\nThe minister said [@q1] ([@d1]).`);
    const preview = authorPage.getByRole("region", { name: "Live preview" });
    await expect(preview.getByText(`${w} a_a_a_`)).toBeVisible({ timeout: 60_000 });
    await expect(authorPage.getByRole("status").filter({ hasText: /^Saved at/ })).toBeVisible({ timeout: 60_000 });
    await authorPage.reload();
    await authorPage.getByRole("button", { name: "Submit for review" }).click();
    await expect(authorPage.getByRole("heading", { name: "Workflow: In review" })).toBeVisible({ timeout: 60_000 });

    // The review screen renders the body as readers will see it.
    await reviewerPage.goto(`${editorUrl}/review`, { timeout: 60_000 });
    await expect(reviewerPage.getByText(`${w} a_a_a_`)).toBeVisible({ timeout: 60_000 });
    await reviewerPage.getByLabel("Checked q1").check();
    await reviewerPage.getByRole("button", { name: "Approve" }).click();
    await expect(reviewerPage.getByText(`Approved by ${reviewer.name}.`)).toBeVisible({ timeout: 60_000 });

    // Publishing indexes the body for search.
    await authorPage.reload();
    await authorPage.getByRole("button", { name: "Publish" }).click();
    await authorPage.getByRole("button", { name: "Yes, publish now" }).click();
    await expect(authorPage.getByRole("heading", { name: "Workflow: Published" })).toBeVisible({ timeout: 60_000 });

    // Readers: the brief page, the API, and search by a word of the body.
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`/briefs/hostile-${w}`, { timeout: 60_000 });
    await expect(reader.getByText(`${w} a_a_a_`)).toBeVisible({ timeout: 60_000 });
    const api = await request.get(`/api/v1/briefs/hostile-${w}`, { timeout: 60_000 });
    expect(api.status()).toBe(200);
    expect((await api.json()).bodyHtml).toContain(`${w} a_a_a_`);
    await reader.goto(`/search?q=${w}`, { timeout: 60_000 });
    const results = reader.getByRole("region", { name: "Results" }).getByRole("listitem");
    await expect(results).toHaveCount(1, { timeout: 60_000 });
    await expect(results.first()).toContainText(`${w} a_a_a_`);
  });

  expect(took.length).toBeGreaterThan(5);
  expect(Math.max(...took), `health answered in ${took.join(", ")} ms`).toBeLessThan(1_000);
});

test("a search of only words to leave out is refused with a message, on /search and in the API", async ({ page, request }) => {
  await page.goto("/search?q=-storm%20-harbour");
  const form = page.getByRole("search", { name: "Search briefs" });
  await expect(form.getByText("Add a word to look for: a search cannot consist only of words to leave out (-word).")).toBeVisible();
  await expect(page.getByRole("region", { name: "Results" })).toHaveCount(0);

  const api = await request.get("/api/v1/briefs?q=-storm%20-harbour");
  expect(api.status()).toBe(400);
  expect(JSON.stringify(await api.json())).toContain("Add a word to look for");
});
