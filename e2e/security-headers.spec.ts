// Protective headers on every kind of response, and the Content-Security-Policy as
// Chromium enforces it: pages work (hydrate, navigate, run the desk) with no policy
// violation, and a script that is not Next's own is blocked.
import { createHash } from "node:crypto";
import { expect, test, type APIResponse } from "@playwright/test";
import { publishedBrief } from "./reader-data";
import { createUser, signIn, watch } from "./support";

const policies = (response: APIResponse) =>
  response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "content-security-policy")
    .map((h) => h.value);
const directive = (policy: string, name: string) => policy.split(/;\s*/).find((d) => d.startsWith(`${name} `)) ?? "";
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=|application\/ld\+json/.test(m[1]!)).map((m) => m[2]!);
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

test("every kind of response carries the protective headers, and none says what serves it", async ({ request }) => {
  const brief = await publishedBrief();
  const home = await request.get("/");
  const chunk = (await home.text()).match(/src="(\/_next\/static\/[^"]+\.js)"/)![1]!;
  for (const path of ["/", `/briefs/${brief.slug}`, "/topics", "/about", "/feed.xml", "/signin", "/api/health", chunk]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-powered-by"], path).toBeUndefined();
    // plain http in this test: no HSTS, which browsers would ignore anyway
    expect(headers["strict-transport-security"], path).toBeUndefined();
    if (path !== chunk) expect(directive(policies(response)[0] ?? "", "frame-ancestors"), path).toBe("frame-ancestors 'none'");
  }
});

test("a page rendered per request allows only scripts with its own fresh nonce", async ({ request }) => {
  const nonces = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get("/signin");
    const [policy, ...more] = policies(response);
    expect(more).toEqual([]);
    const nonce = directive(policy!, "script-src").match(/'nonce-([^']+)'/)![1]!;
    expect(directive(policy!, "script-src")).not.toContain("unsafe-inline");
    const html = await response.text();
    const scriptTags = html.match(/<script\b[^>]*>/g)!;
    expect(scriptTags.length).toBeGreaterThan(3);
    for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("a cached reader page allows exactly its own inline scripts, by hash, served from the cache", async ({ request }) => {
  const brief = await publishedBrief();
  for (const path of [`/briefs/${brief.slug}`, `/briefs/${brief.slug}`, `/briefs/${brief.slug}/documents/d1`, "/", "/about", "/topics"]) {
    const response = await request.get(path);
    const [base, scripts, ...more] = policies(response);
    expect(more, path).toEqual([]);
    expect(directive(base!, "default-src"), path).toBe("default-src 'self'");
    // The browser enforces both: inline code must also match a hash of the second.
    expect(directive(scripts!, "script-src"), path).not.toMatch(/unsafe-inline|nonce-/);
    const listed = directive(scripts!, "script-src")
      .split(" ")
      .filter((s) => s.startsWith("'sha256-"));
    const inline = inlineScripts(await response.text());
    expect(inline.length, path).toBeGreaterThan(0);
    expect(new Set(inline.map(sha256)), path).toEqual(new Set(listed));
  }
  // the second visit came from the cache, with its policy
  const cached = await request.get(`/briefs/${brief.slug}`);
  expect(cached.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
});

test("reader pages hydrate and navigate in Chromium with no policy violation, and a foreign script is blocked", async ({ page }) => {
  const brief = await publishedBrief();
  const problems = await watch(page);
  await page.goto("/");
  await page.goto(`/briefs/${brief.slug}`);
  await page.evaluate(() => ((window as unknown as { beforeNavigation: boolean }).beforeNavigation = true));
  // A client-side navigation keeps the window: Next's scripts run.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Topics" }).click();
  await expect(page).toHaveURL(/\/topics$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { beforeNavigation?: boolean }).beforeNavigation)).toBe(true);
  await page.goto(`/briefs/${brief.slug}/documents/d1`);
  await page.goto("/about");
  expect(problems).toEqual([]);

  // Proof the policy is enforced: inline code that is not the page's own does not run.
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injected = true";
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  await expect.poll(() => problems.join("\n")).toContain("CSP violation: script-src");
});

test("the desk works under its nonce policy with no violation", async ({ page }) => {
  const editor = await createUser("editor");
  const problems = await watch(page);
  await signIn(page, editor, "/desk/briefs/new");
  await page.getByLabel("Title").fill(`Headers brief ${Date.now()}`);
  await expect(page.getByLabel("Slug")).toHaveValue(/^headers-brief-\d+$/);
  await page.getByRole("button", { name: "Create brief" }).click();
  await expect(page).toHaveURL(/\/desk\/briefs\/(?!new)\w+$/);
  await page.getByLabel("Body").fill("## Background\n\nKyiv **severed** relations.");
  await expect(page.getByRole("region", { name: "Live preview" }).getByRole("heading", { name: "Background" })).toBeVisible({
    timeout: 10_000,
  });
  await page.goto("/desk");
  expect(problems).toEqual([]);
});

test("a cross-origin post with the editor's cookies is refused before it reaches a server action", async ({ page }) => {
  const editor = await createUser("editor");
  await signIn(page, editor);
  const post = (origin: string) =>
    page.request.post("/desk/briefs/new", {
      headers: { origin, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
      data: "[]",
      maxRedirects: 0,
    });
  const forged = await post("https://evil.example");
  expect(forged.status()).toBe(403);
  expect(await forged.json()).toEqual({ error: { code: "forbidden", message: "Cross-origin request refused." } });
  // the same request from our own origin gets through to Next (which knows no such action)
  const own = await post(new URL(page.url()).origin);
  expect(own.status()).not.toBe(403);
});
