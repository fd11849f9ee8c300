// Two app processes from the same build on one PostgreSQL, as behind a load
// balancer: a session made on one works on the other, failed sign-ins count on both,
// and what the desk publishes or withdraws on one is served by the other within a
// second, although the other had the page in its own cache.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { freePort } from "@/lib/db/embedded";
import { e2eDatabase } from "./database";
import { createUser, reviewedBrief, signIn } from "./support";

test.skip(!e2eDatabase().serverUrl, "two instances need a PostgreSQL server (TEST_DATABASE_URL); the embedded database serves one process");
test.describe.configure({ mode: "serial" });

type Instance = { origin: string; process: ChildProcess };
const instances: Instance[] = [];

async function startInstance(request: APIRequestContext): Promise<Instance> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [createRequire(import.meta.url).resolve("next/dist/bin/next"), "start", "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: e2eDatabase().url,
      NEXTAUTH_SECRET: process.env.BRIEFDESK_E2E_SECRET,
      NEXTAUTH_URL: origin,
      LOG_LEVEL: "warn",
      // Webhook deliveries of the shared database are the main e2e server's to send.
      BRIEFDESK_WEBHOOKS: "off",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await expect(async () => expect((await request.get(`${origin}/api/ready`)).status()).toBe(200)).toPass({ timeout: 60_000 });
  return { origin, process: child };
}

test.beforeAll(async ({ playwright }) => {
  const request = await playwright.request.newContext();
  instances.push(await startInstance(request), await startInstance(request));
  await request.dispose();
});
test.afterAll(() => {
  for (const instance of instances) instance.process.kill("SIGTERM");
});

/** Polls `check` against instance B for at most one second after `since`. */
async function withinOneSecond(since: number, check: () => Promise<boolean>) {
  for (;;) {
    if (await check()) return Date.now() - since;
    if (Date.now() - since > 1000) throw new Error(`not served within one second (${Date.now() - since} ms)`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Until B serves `url` from its own cache: without shared invalidation, it would for up to 10 s more. */
async function warm(request: APIRequestContext, url: string) {
  await expect(async () => expect((await request.get(url)).headers()["x-nextjs-cache"], url).toBe("HIT")).toPass({ timeout: 15_000 });
}

async function deskOn(browser: Browser, instance: Instance) {
  return (await browser.newContext({ baseURL: instance.origin })).newPage();
}

test("a session made on one instance works on the other", async ({ browser }) => {
  const [a, b] = instances as [Instance, Instance];
  const editor = await createUser("editor");
  const onA = await deskOn(browser, a);
  await signIn(onA, editor);
  const cookies = await onA.context().cookies();
  expect(cookies.some((c) => c.name.includes("session-token"))).toBe(true);

  const contextB = await browser.newContext({ baseURL: b.origin });
  await contextB.addCookies(cookies.map(({ name, value }) => ({ name, value, url: b.origin })));
  const onB = await contextB.newPage();
  await onB.goto("/desk/account");
  await expect(onB).toHaveURL(`${b.origin}/desk/account`);
  await expect(onB.getByRole("textbox", { name: "Name" })).toHaveValue(editor.name);
});

test("failed sign-ins on one instance count on the other", async ({ browser }) => {
  test.setTimeout(90_000);
  const [a, b] = instances as [Instance, Instance];
  const editor = await createUser("editor");
  const fail = async (instance: Instance, times: number) => {
    const page = await deskOn(browser, instance);
    await page.goto("/signin");
    await page.getByLabel("Email").fill(editor.email);
    for (let i = 0; i < times; i++) {
      await page.getByLabel("Password").fill(`wrong ${i}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled({ timeout: 15_000 });
    }
    return page;
  };
  await fail(a, 3);
  const onB = await fail(b, 2);
  // five failures in all: B refuses even the right password
  await expect(onB.locator("#signin-error")).toContainText("Too many failed sign-in attempts");
  await onB.getByLabel("Password").fill(editor.password);
  await onB.getByRole("button", { name: "Sign in" }).click();
  await expect(onB.locator("#signin-error")).toContainText("Too many failed sign-in attempts");
});

test("what the desk publishes and withdraws on one instance, the other serves within a second", async ({ browser, playwright }) => {
  test.setTimeout(90_000);
  const [a, b] = instances as [Instance, Instance];
  const [author, reviewer] = [await createUser("editor"), await createUser("editor")];
  const title = `Shared cache statement ${Date.now()}`;
  const brief = await reviewedBrief(author, reviewer, title);
  const reader = await playwright.request.newContext();
  const desk = await deskOn(browser, a);
  await signIn(desk, author, `/desk/briefs/${brief.id}`);

  await warm(reader, `${b.origin}/`);
  expect(await (await reader.get(`${b.origin}/`)).text()).not.toContain(title);

  await desk.getByRole("button", { name: "Publish" }).click();
  await desk.getByRole("button", { name: "Yes, publish now" }).click();

  await expect(desk.getByRole("heading", { name: "Workflow: Published" })).toBeVisible();
  const published = Date.now();
  const tookPublish = await withinOneSecond(published, async () => (await (await reader.get(`${b.origin}/`)).text()).includes(title));

  await warm(reader, `${b.origin}/briefs/${brief.slug}`);
  expect(await (await reader.get(`${b.origin}/briefs/${brief.slug}`)).text()).not.toContain("misreported");
  await desk.getByText("Withdraw this brief from readers…").click();
  await desk.getByLabel("Public reason for withdrawing").fill("The minister's office says the quote was misreported.");
  await desk.getByRole("button", { name: "Withdraw", exact: true }).click();
  await expect(desk.getByRole("heading", { name: "Workflow: Withdrawn" })).toBeVisible();
  const withdrawn = Date.now();
  const tookWithdraw = await withinOneSecond(withdrawn, async () =>
    (await (await reader.get(`${b.origin}/briefs/${brief.slug}`)).text()).includes("misreported"),
  );
  await withinOneSecond(withdrawn, async () => !(await (await reader.get(`${b.origin}/`)).text()).includes(title));
  test.info().annotations.push({
    type: "served by the other instance after",
    description: `publish ${tookPublish} ms, withdraw ${tookWithdraw} ms`,
  });
  await reader.dispose();
});
