// A database outage, end to end, against a PostgreSQL server of this test's own:
// cached reader pages keep being served, other reader pages get a friendly 503 with
// Retry-After, the desk says the database is not answering and keeps what the editor
// typed — and when the server is back, everything works again without a restart.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { createDb, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/schema-engine";
import { buildBrief, buildUser } from "@/prisma/seed/factories";
import { approve, publish, submitForReview } from "@/prisma/seed/workflow";
import { nextBin } from "@/scripts/build-if-needed";
import { createPrivatePostgres, postgresBinDir, type PrivatePostgres } from "./private-postgres";
import { signIn } from "./support";

const base = Number(process.env.E2E_PORT ?? 3100);
const appPort = base + 4; // base + 1 is the embedded database's port
const pgPort = base + 5;
const origin = `http://127.0.0.1:${appPort}`;
const unique = () => randomBytes(4).toString("hex");

test.skip(!postgresBinDir(), "No initdb on this machine: the outage test needs PostgreSQL's server binaries (apt-get install postgresql).");
test.describe.configure({ mode: "serial" });
test.use({ baseURL: origin });

let postgres: PrivatePostgres;
let db: Db;
let app: ChildProcess;

async function publishedBrief(title: string) {
  return db.$transaction(
    async (tx) => {
      const author = await buildUser(tx);
      const reviewer = await buildUser(tx);
      const brief = await buildBrief(tx, {
        title,
        slug: `${title.toLowerCase().replace(/\W+/g, "-")}`,
        authorIds: [author.id],
        summary: `About ${title}.`,
      });
      const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id });
      await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
      await publish(tx, { reviewId: review.id, publisherId: author.id });
      return brief;
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  postgres = createPrivatePostgres(pgPort);
  await applyMigrations(postgres.url);
  db = createDb(postgres.url);
  const log = createWriteStream(join("test-results", `outage-server-${unique()}.log`));
  app = spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(appPort)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: postgres.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: origin,
    },
  });
  app.stdout!.pipe(log);
  app.stderr!.pipe(log);
  await expect(async () => expect((await fetch(`${origin}/api/health`)).ok).toBe(true)).toPass({ timeout: 60_000 });
});

test.afterAll(async () => {
  app?.kill("SIGTERM");
  await db?.$disconnect();
  postgres?.remove();
});

test("readers and editors ride out a database outage, and everything recovers without a restart", async ({ page, request }) => {
  test.setTimeout(180_000);
  const cached = await publishedBrief(`Cached brief ${unique()}`);
  const uncached = await publishedBrief(`Uncached brief ${unique()}`);
  const editor = await db.$transaction((tx) =>
    buildUser(tx, { email: `editor-${unique()}@briefdesk.test`, name: "Outage Editor", role: "editor", password: "outage-password-1" }),
  );
  const draft = await db.$transaction((tx) => buildBrief(tx, { title: `Draft ${unique()}`, authorIds: [editor.id] }));

  // Readers have seen the brief and the home page: both are in the cache.
  const before = await request.get(`/briefs/${cached.slug}`);
  expect(before.status()).toBe(200);
  const cachedHtml = await before.text();
  expect(cachedHtml).toContain(cached.title);
  expect((await request.get("/")).status()).toBe(200);
  await signIn(page, { email: editor.email, password: "outage-password-1" }, `/desk/briefs/${draft.id}`);
  await expect(page.getByLabel("Summary")).toBeVisible();

  postgres.stop();

  // The cached page is still served, also after its revalidation time, when Next's
  // background revalidation fails: the failure never replaces the page.
  const during = await request.get(`/briefs/${cached.slug}`);
  expect(during.status()).toBe(200);
  expect(await during.text()).toContain(cached.title);
  await page.waitForTimeout(11_000);
  for (let i = 0; i < 3; i++) {
    const stale = await request.get(`/briefs/${cached.slug}`);
    expect(stale.status()).toBe(200);
    expect(await stale.text()).toContain(cached.title);
    await page.waitForTimeout(1_000);
  }

  // A page that needs the database: a friendly 503 with Retry-After, not a stack.
  const unavailable = await request.get(`/briefs/${uncached.slug}`);
  expect(unavailable.status()).toBe(503);
  expect(Number(unavailable.headers()["retry-after"])).toBeGreaterThan(0);
  const body = await unavailable.text();
  expect(body).toContain("This page is briefly unavailable");
  expect(body).not.toMatch(/at \w+ \(|Error:|ECONNREFUSED|P1001/);
  const reader = await page.context().newPage();
  await reader.goto(`/briefs/${uncached.slug}`);
  await expect(reader.getByRole("heading", { name: "This page is briefly unavailable" })).toBeVisible();
  await reader.screenshot({ path: "test-results/outage-reader-503.png" });
  await reader.setViewportSize({ width: 390, height: 800 });
  await reader.screenshot({ path: "test-results/outage-reader-503-phone.png" });
  await reader.close();

  // The editor saves: the desk says the database is not answering and keeps the text.
  const summary = `Typed during the outage ${unique()}`;
  await expect(page.getByLabel("Summary")).toBeVisible();
  await page.getByLabel("Summary").fill(summary);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The database is not answering; nothing was saved." })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByLabel("Summary")).toHaveValue(summary);
  await page.screenshot({ path: "test-results/outage-desk-unavailable.png" });

  postgres.start();

  // Without restarting the app: the save goes through, and reader pages are fresh.
  await expect(async () => {
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Saved at/ })).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByLabel("Summary")).toHaveValue(summary);
  expect((await db.brief.findUniqueOrThrow({ where: { id: draft.id } })).summary).toBe(summary);

  const recovered = await request.get(`/briefs/${uncached.slug}`);
  expect(recovered.status()).toBe(200);
  expect(await recovered.text()).toContain(uncached.title);
  const fresh = await publishedBrief(`Published after the outage ${unique()}`);
  await expect(async () => {
    const home = await request.get("/");
    expect(home.status()).toBe(200);
    expect(await home.text()).toContain(fresh.title);
  }).toPass({ timeout: 30_000 });
});
