// Issue 14 items 8 and 12 where the browser matters: a URL with NUL or a broken
// percent-encoding is the not-found page with the protective headers (never a 500),
// a form over the size limit says so and keeps what was typed, and a NUL typed into
// a field is refused next to that field.
import { expect, test } from "@playwright/test";
import { createUser, signIn } from "./support";

const PAGES = ["/briefs/%00", "/briefs/a%00b", "/topics/%00", "/sources/%00", "/desk/sources?q=%00", "/briefs/%ff", "/search?q=%00"];

test("a page address with NUL or a broken encoding is the 404 page, with the security headers", async ({ request, page }) => {
  for (const path of PAGES) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("default-src");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(await response.text(), path).toContain("Not found");
  }
  await page.goto("/briefs/a%00b");
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
});

test("an API address with NUL or a broken encoding is a 400 with the API's error", async ({ request }) => {
  for (const [method, path] of [
    ["GET", "/api/v1/briefs/%00"],
    ["GET", "/api/v1/briefs/%ff"],
    ["GET", "/api/v1/briefs?q=%00"],
    ["PATCH", "/api/v1/desk/briefs/%00"],
  ] as const) {
    const response = await request.fetch(path, { method, data: method === "PATCH" ? { version: 1 } : undefined });
    expect(response.status(), path).toBe(400);
    expect((await response.json()).error.code, path).toBe("invalid");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});

test("a form over the size limit says so and keeps what was typed", async ({ page }) => {
  test.setTimeout(120_000);
  const editor = await createUser("editor");
  await signIn(page, editor, "/desk/documents/new");
  // 6.3 MB: over the 5 MB limit (curl with 21 MB gets the same 413 in under a second)
  const huge = "A sentence of the pasted document. ".repeat(180_000);
  await page.getByLabel("Title").fill("A very long statement");
  await page.getByLabel("Captured text").fill(huge);
  await page.getByRole("button", { name: "Save document" }).click();
  await expect(page.getByText(/This form is too large to send \(over 5 MB\)/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByLabel("Title")).toHaveValue("A very long statement");
  expect(await page.getByLabel("Captured text").evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(huge.length);
});

test("a NUL typed into a form is refused next to its field, and merged topics save", async ({ page }) => {
  const editor = await createUser("editor");
  const topic = `Hostile ${Date.now()}`;
  await signIn(page, editor, "/desk/briefs/new");
  await page.getByLabel("Title").fill("Null\u0000title");
  await page.getByLabel("Topics").fill(`${topic}, ${topic.toLowerCase()}`);
  await page.getByRole("button", { name: /Create/ }).click();
  await expect(page.getByText(/Remove the invisible NUL character/)).toBeVisible();
  await expect(page.getByLabel("Topics")).toHaveValue(`${topic}, ${topic.toLowerCase()}`);

  await page.getByLabel("Title").fill(`Merged topics ${Date.now()}`);
  await page.getByRole("button", { name: /Create/ }).click();
  await expect(page).toHaveURL(/\/desk\/briefs\/(?!new$)[^/]+$/);
  await expect(page.getByLabel("Topics")).toHaveValue(topic);
});
