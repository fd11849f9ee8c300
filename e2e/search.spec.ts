import { randomInt } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { addQuote, buildBrief, buildDocument, buildUser, citeDocument } from "@/prisma/seed/factories";
import { approve, publish, submitForReview } from "@/prisma/seed/workflow";
import { e2eDb } from "./support";

/** A made-up word that only this test's briefs contain. */
const word = () => Array.from({ length: 9 }, () => String.fromCharCode(97 + randomInt(26))).join("");

/** A brief written, reviewed by a second editor and published, as the desk would. */
async function publishedBrief({ title, body, topics }: { title: string; body: string; topics: { slug: string; name: string }[] }) {
  return e2eDb().$transaction(
    async (tx) => {
      const [author, reviewer] = [await buildUser(tx), await buildUser(tx)];
      const document = await buildDocument(tx, { capturedText: "The harbour master said “the port stays open” on Friday." });
      const brief = await buildBrief(tx, {
        slug: `${title.toLowerCase().replace(/\W+/g, "-")}-${word()}`,
        title,
        summary: "What the harbour master said, and what happened next.",
        body: `${body}\n\nThe harbour master said [@q1] ([@d1]).`,
        topics,
        authorIds: [author.id],
      });
      await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
      await addQuote(tx, {
        briefId: brief.id,
        documentId: document.id,
        ref: "q1",
        text: "the port stays open",
        speakerName: "The Harbour Master",
      });
      const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id });
      await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
      await publish(tx, { reviewId: review.id, publisherId: author.id });
      return brief;
    },
    { timeout: 30_000 },
  );
}

async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
}

test("a reader searches from the header, sees the matches highlighted, pages and filters by topic", async ({ page }) => {
  const w = word();
  const ports = { slug: `ports-${w}`, name: `Ports ${w}` };
  const weather = { slug: `weather-${w}`, name: `Weather ${w}` };
  const inTitle = await publishedBrief({
    title: `Storm closes the ${w} harbour`,
    body: `The ${w} harbour closed for two days.`,
    topics: [weather],
  });
  for (let i = 0; i < 11; i++) {
    await publishedBrief({
      title: `Shipping report ${i + 1} ${word()}`,
      body: `Ships waited outside ${w} for ${i + 1} days.`,
      topics: [ports],
    });
  }

  await page.goto("/");
  const siteSearch = page.getByRole("search", { name: "Site" });
  await siteSearch.getByRole("searchbox", { name: "Search briefs" }).fill(w);
  await siteSearch.getByRole("searchbox").press("Enter");

  await expect(page).toHaveURL(new RegExp(`/search\\?q=${w}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  await expect(page).toHaveTitle(`“${w}”: 12 results · Briefdesk`);
  const form = page.getByRole("search", { name: "Search briefs" });
  await expect(form.getByRole("searchbox", { name: "Search briefs" })).toHaveValue(w);
  await expect(page.getByRole("status")).toHaveText(`12 briefs match “${w}”; showing 1–10.`);

  // The title match ranks first, its words marked in the title and in the snippet.
  const results = page.getByRole("region", { name: "Results" }).getByRole("listitem");
  await expect(results).toHaveCount(10);
  const top = results.first();
  await expect(top.getByRole("heading", { level: 3 })).toHaveText(`Storm closes the ${w} harbour`);
  await expect(top.getByRole("heading").locator("mark")).toHaveText(w);
  await expect(top.locator(".snippet mark").first()).toHaveText(w);
  await expect(top.locator(".snippet")).toContainText(`The ${w} harbour closed for two days.`);
  await expect(top.locator(".snippet")).not.toContainText("[@");
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("navigation", { name: "Result pages" }).getByRole("link", { name: "Next page" }).click();
  await expect(page.getByRole("status")).toHaveText(`12 briefs match “${w}”; showing 11–12.`);
  // the address is the reader's, not the cached page's it was answered from
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${w}&page=2$`));
  await expect(results).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);

  await form.getByLabel("Topic").selectOption({ label: weather.name });
  await form.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`topic=${weather.slug}`));
  await expect(page.getByRole("status")).toHaveText(`1 brief matches “${w}”.`);
  await expect(results).toHaveCount(1);
  await expect(form.getByLabel("Topic")).toHaveValue(weather.slug);

  await results.first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/briefs/${inTitle.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Storm closes the ${w} harbour`);
});

test("odd queries find what they can, and no results come with suggestions", async ({ page }) => {
  const w = word();
  await publishedBrief({ title: `Ferry timetable for ${w}`, body: "The ferry runs twice a day.", topics: [] });

  await page.goto(`/search?q=${encodeURIComponent(`"${w} AND OR -`)}`);
  await expect(page.getByRole("status")).toHaveText(`1 brief matches “"${w} AND OR -”.`);

  const response = await page.goto(`/search?q=${encodeURIComponent(`${word()} ${w}`)}&from=2020-01-01`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status")).toHaveText(/^No briefs match “.*”\.$/);
  await expect(page.getByRole("link", { name: "Search all topics and dates" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Browse the latest briefs" })).toBeVisible();
  await expect(page.getByLabel("Published from")).toHaveValue("2020-01-01");
  await expectNoSeriousAxeViolations(page);

  await page.goto("/search?q=%3F%21+...");
  await expect(page.getByRole("status")).toContainText("nothing to search for");
});

test("a wrong date is named next to its field, and the words stay in the box", async ({ page }) => {
  await page.goto("/search?q=harbour&from=2024-02-30");
  await expect(page.getByRole("searchbox", { name: "Search briefs" }).last()).toHaveValue("harbour");
  const from = page.getByLabel("Published from");
  await expect(from).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("The from date is not a real date.")).toBeVisible();
  await expect(page.getByRole("status")).toHaveCount(0);
});
