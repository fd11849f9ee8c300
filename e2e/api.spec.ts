// The JSON API against the production build: tokens made in the desk, a brief taken
// from nothing to a corrected publication by a script using only the API (with a
// second editor's token for the review), read back publicly, and what HTTP clients
// rely on (ETag/304, CORS, 401 for a revoked token).
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { createUser, signIn } from "./support";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Signs in as a new editor and makes a token on /desk/account/tokens, as a person does. */
async function tokenFromDesk(browser: Browser, name: string): Promise<string> {
  const page = await browser.newPage();
  await signIn(page, await createUser("editor"), "/desk/account/tokens");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const field = page.getByLabel("Your new token");
  await expect(field).toHaveValue(/^bd_/);
  const token = await field.inputValue();
  await expect(page.getByRole("listitem").filter({ hasText: name })).toContainText("last used never");
  await page.close();
  return token;
}

async function call(request: APIRequestContext, method: "GET" | "POST" | "PATCH", path: string, token?: string, data?: unknown) {
  const response = await request.fetch(path, { method, data, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status(), body: (await response.json()) as Json, headers: response.headers() };
}

test("a script creates, sources, reviews, publishes and corrects a brief through the API, and reads it back", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const author = await tokenFromDesk(browser, "author script");
  const reviewer = await tokenFromDesk(browser, "reviewer script");

  const sources = await call(request, "GET", "/api/v1/sources");
  const ministry = sources.body.items.find((s: Json) => s.name.includes("Ministry of Foreign Affairs of Ukraine")) ?? sources.body.items[0];
  const created = await call(request, "POST", "/api/v1/desk/briefs", author, {
    title: `API brief ${Date.now()}`,
    summary: "Made by a script.",
    body: "",
    topics: ["API"],
  });
  expect(created.status).toBe(201);
  const { id, slug } = created.body;
  const doc = await call(request, "POST", "/api/v1/desk/documents", author, {
    title: "A statement",
    sourceId: ministry.id,
    capturedText: "We will not stand for this, the minister said.",
    briefId: id,
  });
  expect(doc.status).toBe(201);
  expect(
    (
      await call(request, "POST", `/api/v1/desk/briefs/${id}/quotes`, author, {
        text: "We will not stand for this",
        speakerName: "The minister",
        documentId: doc.body.id,
      })
    ).status,
  ).toBe(201);
  const event = await call(request, "POST", `/api/v1/desk/briefs/${id}/events`, author, {
    description: "The statement",
    date: "2022-07-13",
    documentIds: [doc.body.id],
  });
  expect(event.status).toBe(201);
  const saved = await call(request, "PATCH", `/api/v1/desk/briefs/${id}`, author, {
    version: event.body.version,
    body: "The minister [@q1] on [@e1].",
  });
  expect(saved.status).toBe(200);

  const checks = [
    { itemKind: "quote", itemRef: "q1", checked: true },
    { itemKind: "event", itemRef: "e1", checked: true },
  ];
  const review = async (version: number) => {
    const submitted = await call(request, "POST", `/api/v1/desk/briefs/${id}/submit`, author, { version });
    expect(submitted.status).toBe(200);
    const own = await call(request, "POST", `/api/v1/desk/reviews/${submitted.body.reviewId}/decision`, author, {
      decision: "approve",
      checks,
    });
    expect(own.status).toBe(403);
    expect(
      (await call(request, "POST", `/api/v1/desk/reviews/${submitted.body.reviewId}/decision`, reviewer, { decision: "approve", checks }))
        .status,
    ).toBe(200);
  };
  await review(saved.body.version);
  expect((await call(request, "POST", `/api/v1/desk/briefs/${id}/publish`, author, {})).status).toBe(200);

  const edited = await call(request, "PATCH", `/api/v1/desk/briefs/${id}`, author, {
    version: saved.body.version,
    summary: "Made and corrected by a script.",
  });
  expect(edited.status).toBe(200);
  await review(edited.body.version);
  const corrected = await call(request, "POST", `/api/v1/desk/briefs/${id}/publish`, author, {
    correction: { kind: "correction", note: "The summary said less than it should." },
  });
  expect(corrected.body.version).toBe(2);

  const read = await call(request, "GET", `/api/v1/briefs/${slug}`);
  expect(read.status).toBe(200);
  expect(read.body).toMatchObject({ summary: "Made and corrected by a script.", version: 2, corrections: [{ kind: "correction" }] });
  // the reader page shows the same publication
  const page = await browser.newPage();
  await page.goto(`/briefs/${slug}`);
  await expect(page.getByText("Made and corrected by a script.").first()).toBeVisible();
  await page.close();
});

test("public reads carry an ETag (304 when current) and open CORS; bad tokens get 401", async ({ request }) => {
  const first = await request.get("/api/v1/briefs/ukraine-cuts-ties-with-north-korea", { headers: { origin: "https://partner.example" } });
  expect(first.status()).toBe(200);
  expect(first.headers()["access-control-allow-origin"]).toBe("*");
  expect(first.headers()["cache-control"]).toMatch(/^public, max-age=/);
  const again = await request.get("/api/v1/briefs/ukraine-cuts-ties-with-north-korea", {
    headers: { "if-none-match": first.headers().etag! },
  });
  expect(again.status()).toBe(304);
  const preflight = await request.fetch("/api/v1/briefs", {
    method: "OPTIONS",
    headers: { origin: "https://partner.example", "access-control-request-method": "GET" },
  });
  expect(preflight.status()).toBe(204);
  const missing = await request.get("/api/v1/briefs/no-such-brief");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("not_found");
  const refused = await request.post("/api/v1/desk/briefs", { headers: { authorization: "Bearer bd_made-up" }, data: { title: "x" } });
  expect(refused.status()).toBe(401);
  const doc = await request.get("/api/v1/openapi.json");
  expect((await doc.json()).openapi).toBe("3.1.0");
});

test("the API reference and the tokens page read well on a phone and a desktop", async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { level: 1, name: "Briefdesk API" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "POST /api/v1/desk/briefs/{id}/publish" })).toBeVisible();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/api-docs-${width}.png` });
  }
  await signIn(page, await createUser("editor"), "/desk/account/tokens");
  await page.getByLabel("Name").fill("screenshot token");
  await page.getByLabel("Expires after (days)").fill("30");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByLabel("Your new token")).toHaveValue(/^bd_/);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/api-tokens-${width}.png`, fullPage: true });
  }
  await page.getByRole("button", { name: "Revoke screenshot token" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "screenshot token" })).toContainText("Revoked");
  await expect(page.getByRole("button", { name: "Revoke screenshot token" })).toHaveCount(0);
  await page.close();
});
