// Issue 14, items 4, 5 and 9, against the production server: no redirect off the site
// after sign-in; sign-in throttling counts the connection's address, not what a
// client writes in X-Forwarded-For; signing out ends the session for good.
import { expect, test, type APIRequestContext } from "@playwright/test";
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

/** Signs in through next-auth's own endpoint, as its client script does; answers where it sends the browser. */
async function postSignIn(request: APIRequestContext, email: string, password: string, forwardedFor: string): Promise<string> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answer = await request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/desk", json: "true" },
    headers: { "x-forwarded-for": forwardedFor, "x-real-ip": forwardedFor },
  });
  return ((await answer.json()) as { url: string }).url;
}

test("a client that writes a new X-Forwarded-For each time is still throttled as one address", async ({ playwright, request, baseURL }) => {
  test.setTimeout(120_000);
  const editor = await createUser("editor");
  // A loopback address of its own (the server listens on every interface), so that
  // refusing it holds back no other test.
  const own = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;
  const client = await playwright.request.newContext({ baseURL: baseURL!.replace("localhost", own) });
  try {
    // Spraying one password over 20 accounts from one address refuses that address...
    for (let i = 1; i <= 20; i++) {
      const url = await postSignIn(client, `nobody-${i}-${Date.now()}@briefdesk.test`, "Summer2026!", `198.51.100.${i}`);
      expect(decodeURIComponent(url)).toMatch(/error=/);
    }
    // ...however it rotates X-Forwarded-For.
    const refused = await postSignIn(client, editor.email, editor.password, "198.51.100.99");
    expect(decodeURIComponent(refused)).toContain("Too many failed sign-in attempts");
  } finally {
    await client.dispose();
  }
  // The account itself is not locked: from another address the password signs in.
  expect(new URL(await postSignIn(request, editor.email, editor.password, "198.51.100.99"), baseURL).pathname).toBe("/desk");
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
