// At 390 px (a phone) no desk or reader page scrolls sideways: every page listed
// from app/ is visited and its width measured. The failure names every page that
// overflows, with its width, not only the first.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { addEvent, addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { submitForReview } from "@/prisma/seed/workflow";
import { publishedBrief, unique } from "./reader-data";
import { createUser, e2eDb, signIn } from "./support";

const article = readFileSync(new URL("../lib/extraction/fixtures/ukraine-north-korea.txt", import.meta.url), "utf8");
const PHONE = { width: 390, height: 844 };

/** The page's width when it has settled, or why it could not be measured. */
async function widthOf(page: Page, path: string, ready?: (page: Page) => Promise<void>): Promise<string | null> {
  const response = await page.goto(path);
  if (!response || response.status() >= 400) return `${path}: answered ${response?.status() ?? "nothing"}`;
  if (ready) await ready(page);
  const { width, culprits } = await page.evaluate(() => {
    const past = (e: Element) => e.getBoundingClientRect().right > window.innerWidth + 1;
    // the innermost elements that reach past the screen's edge: what to fix
    const culprits = [...document.querySelectorAll("body *")]
      .filter((e) => past(e) && ![...e.children].some(past))
      .slice(0, 3)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${typeof e.className === "string" && e.className ? `.${e.className.trim().split(/\s+/).join(".")}` : ""}`,
      );
    return { width: document.documentElement.scrollWidth, culprits };
  });
  return width > PHONE.width ? `${path}: ${width} px wide (${culprits.join(", ")})` : null;
}

test("no desk or reader page is wider than a 390 px phone", async ({ browser }) => {
  test.setTimeout(240_000);
  const admin = await createUser("admin");
  const author = await createUser("editor");
  const topic = { slug: `phones-${unique()}`, name: "Phones" };
  const published = await publishedBrief({ title: "A brief read on a phone with a rather long title to wrap", topics: [topic] });
  const { brief, document } = await e2eDb().$transaction(
    async (tx) => {
      const document = await buildDocument(tx, { title: "Ukraine cuts off North Korea", capturedText: article });
      const brief = await buildBrief(tx, {
        title: `Under review on a phone ${unique()}`,
        summary: "Ukraine's foreign ministry condemned the decision.",
        authorIds: [author.id],
        body:
          "The ministry said it “strongly condemns” the recognition [@q1], days after it [@e1]. Source: [@d1]. " +
          "A long unbroken address: https://www.example.org/a/very/long/path/that/does/not/break/anywhere/at/all/on/a/small/screen",
      });
      await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
      await addQuote(tx, {
        briefId: brief.id,
        documentId: document.id,
        ref: "q1",
        text: "strongly condemns",
        speakerName: "Oleh Nikolenko",
        speakerTitle: "Spokesman",
      });
      await addEvent(tx, {
        briefId: brief.id,
        ref: "e1",
        description: "North Korea recognises the regions",
        date: "2022-07-13",
        precision: "day",
        documentIds: [document.id],
      });
      await submitForReview(tx, { briefId: brief.id, authorId: author.id });
      return { brief, document };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
  // inactive: the run's other tests publish, and nothing should be sent to it
  const webhook = await e2eDb().webhookEndpoint.create({
    data: {
      url: "https://hooks.example.org/briefdesk/a-receiver-with-a-long-path",
      events: ["brief.published"],
      secret: "whsec_phone",
      active: false,
      createdById: admin.id,
    },
  });
  const sourceId = (await e2eDb().document.findUniqueOrThrow({ where: { id: document.id }, select: { sourceId: true } })).sourceId;

  const reader = await (await browser.newContext({ viewport: PHONE })).newPage();
  const readerPages = [
    "/",
    `/briefs/${published.slug}`,
    `/briefs/${published.slug}/documents/d1`,
    "/topics",
    `/topics/${topic.slug}`,
    `/sources/${published.source.slug}`,
    "/search?q=minister",
    "/corrections",
    "/about",
    "/methodology",
    "/api/docs",
    "/signin",
  ];
  const problems: string[] = [];
  for (const path of readerPages) {
    const problem = await widthOf(reader, path);
    if (problem) problems.push(problem);
  }

  const desk = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signIn(desk, admin, "/desk");
  const b = `/desk/briefs/${brief.id}`;
  const deskPages: [string, ((page: Page) => Promise<void>)?][] = [
    ["/desk"],
    ["/desk/briefs/new"],
    [b],
    [`${b}/items`],
    [`${b}/preview`],
    [`${b}/review`],
    [`${b}/history`],
    [
      `${b}/documents/${document.id}/candidates`,
      async (page) => {
        // a document is read in the background: wait for its candidates
        await expect(async () => {
          await page.reload();
          await expect(page.getByRole("heading", { name: /^Quotes \(\d+\)$/ })).toBeVisible({ timeout: 1000 });
        }).toPass({ timeout: 60_000 });
      },
    ],
    ["/desk/documents"],
    ["/desk/documents/new"],
    [`/desk/documents/${document.id}`],
    ["/desk/sources"],
    [`/desk/sources/${sourceId}`],
    ["/desk/inbox"],
    ["/desk/account"],
    ["/desk/account/tokens"],
    ["/desk/admin/users"],
    ["/desk/admin/audit"],
    ["/desk/admin/settings"],
    ["/desk/admin/verdicts"],
    ["/desk/admin/webhooks"],
    [`/desk/admin/webhooks/${webhook.id}`],
  ];
  for (const [path, ready] of deskPages) {
    const problem = await widthOf(desk, path, ready);
    if (problem) problems.push(problem);
  }
  expect(problems, "pages wider than 390 px").toEqual([]);
});

test("the desk's navigation, admin pages included, is one line on a desktop and usable on a phone", async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await createUser("admin");
  const desktop = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(desktop, admin, "/desk");
  const nav = desktop.getByRole("navigation", { name: "Desk" });
  const tops = await nav
    .locator(":scope > a, :scope > details > summary")
    .evaluateAll((items) => items.map((i) => Math.round(i.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThan(5);
  expect(new Set(tops).size, `the navigation's items sit at ${tops.join(", ")} px from the top`).toBe(1);
  await nav.getByText("Admin", { exact: true }).click();
  await nav.getByRole("link", { name: "Audit log" }).click();
  await expect(desktop.getByRole("heading", { level: 1 })).toHaveText("Audit log");

  const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signIn(phone, admin, "/desk");
  const phoneNav = phone.getByRole("navigation", { name: "Desk" });
  await phoneNav.getByText("Admin", { exact: true }).click();
  await phoneNav.getByRole("link", { name: "Users" }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Users");
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
});
