// Issue 14, items 4, 5 and 9, against the production server: no redirect off the site
// after sign-in; sign-in throttling counts the connection's address, not what a
// client writes in X-Forwarded-For; signing out ends the session for good.
import type { IncomingHttpHeaders } from "node:http";
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { createUser, signIn } from "./support";

const PHISH = "/signin?callbackUrl=%2F.%2F%2Fevil.example%2Fphish";
const onTheDesk = (url: string, baseURL: string) => {
  const { origin, pathname } = new URL(url);
  return origin === new URL(baseURL).origin && pathname === "/desk";
};

test.describe("open redirect after sign-in", () => {
  test("signing in from a link with a hostile callbackUrl lands on the desk", async ({ page, baseURL }) => {
    const editor = await createUser("editor");
    await page.goto(PHISH);
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(`Signed in as ${editor.name}`)).toBeVisible({ timeout: 15_000 });
    expect(onTheDesk(page.url(), baseURL!)).toBe(true);
  });

  test("a signed-in editor following such links lands on the desk", async ({ page, baseURL }) => {
    const editor = await createUser("editor");
    await signIn(page, editor);
    const hostile = [
      PHISH,
      "/signin?callbackUrl=%2F..%2F%2Fevil.example",
      `/signin?callbackUrl=${encodeURIComponent(`${baseURL}//evil.example`)}`,
      "/signin?callbackUrl=%2F%5Cevil.example",
      "/signin?callbackUrl=%2F%09%2Fevil.example",
      "/signin?callbackUrl=https%3A%2F%2Fevil.example%2F",
    ];
    for (const link of hostile) {
      const answer = await page.request.get(link, { maxRedirects: 0 });
      expect(answer.status(), link).toBe(307);
      expect(answer.headers().location, link).toBe("/desk");
      await page.goto(link);
      expect(onTheDesk(page.url(), baseURL!), link).toBe(true);
    }
  });
});

/** One HTTP exchange from the local address `from`, so that the server sees that address. */
function exchange(url: URL, from: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ headers: IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const request = httpRequest(url, { method: init.method ?? "GET", headers: init.headers, localAddress: from, family: 4 }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ headers: response.headers, text }));
    });
    request.on("error", reject);
    request.end(init.body);
  });
}

/**
 * Signs in through next-auth's own endpoint as its client script does, from the
 * loopback address `from`, claiming `forwardedFor`; answers where it sends the browser.
 */
async function postSignIn(
  baseURL: string,
  from: string,
  { email, password, forwardedFor }: { email: string; password: string; forwardedFor: string },
) {
  const site = new URL(baseURL);
  site.hostname = "127.0.0.1";
  const csrf = await exchange(new URL("/api/auth/csrf", site), from);
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const answer = await exchange(new URL("/api/auth/callback/credentials", site), from, {
    method: "POST",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": forwardedFor, "x-real-ip": forwardedFor },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/desk", json: "true" }).toString(),
  });
  return decodeURIComponent((JSON.parse(answer.text) as { url: string }).url);
}

test("a client that writes a new X-Forwarded-For each time is still throttled as one address", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const editor = await createUser("editor");
  // A loopback address of its own to send from, so that refusing it holds back no other test.
  const own = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;
  // Spraying one password over 20 accounts from one address refuses that address...
  for (let i = 1; i <= 20; i++) {
    const email = `nobody-${i}-${Date.now()}@briefdesk.test`;
    expect(await postSignIn(baseURL!, own, { email, password: "Summer2026!", forwardedFor: `198.51.100.${i}` })).toContain("error=");
  }
  // ...however it rotates X-Forwarded-For.
  const refused = await postSignIn(baseURL!, own, { email: editor.email, password: editor.password, forwardedFor: "198.51.100.99" });
  expect(refused).toContain("Too many failed sign-in attempts");
  // The account itself is not locked: from another address the password signs in.
  const signedIn = await postSignIn(baseURL!, "127.0.0.1", {
    email: editor.email,
    password: editor.password,
    forwardedFor: "198.51.100.99",
  });
  expect(new URL(signedIn, baseURL).pathname).toBe("/desk");
});

test("a session cookie copied before sign-out no longer opens the desk", async ({ page, browser }) => {
  const editor = await createUser("editor");
  await signIn(page, editor);
  const captured = await page.context().cookies();
  expect(captured.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  const thief = await browser.newContext();
  await thief.addCookies(captured);
  const stolen = await thief.newPage();
  await stolen.goto("/desk");
  await expect(stolen).toHaveURL(/\/signin\?callbackUrl=%2Fdesk$/);
  await expect(stolen.getByText(`Signed in as ${editor.name}`)).toHaveCount(0);
  await thief.close();

  // signing in again works as before
  await signIn(page, editor);
  await expect(page.getByText(`Signed in as ${editor.name}`)).toBeVisible();
});
