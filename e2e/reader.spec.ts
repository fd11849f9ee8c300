import { expect, test } from "@playwright/test";

const demoTitle = "Ukraine cuts ties with North Korea after Pyongyang recognises Russia's proxy republics";

test("a reader finds the demo brief on the home page and reads it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Latest briefs" })).toBeVisible();
  // The brief in review is not published, so readers do not see it.
  await expect(page.getByText("Ukraine ends relations with Syria")).toHaveCount(0);

  await page.getByRole("link", { name: demoTitle }).click();
  await expect(page).toHaveURL(/\/briefs\/ukraine-cuts-ties-with-north-korea$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(demoTitle);
  await expect(page.getByText("Reviewed by Lena Okafor on")).toBeVisible();

  // Rendered Markdown, with numbered citations
  await expect(page.getByRole("heading", { level: 2, name: "Kyiv's response" })).toBeVisible();
  await expect(page.locator(".body sup.citation").first()).toHaveText("[1]");
});

test("quotes show their speaker and link to their document", async ({ page }) => {
  await page.goto("/briefs/ukraine-cuts-ties-with-north-korea");
  const quotes = page.getByRole("region", { name: "Quotes" });
  const condemn = quotes.getByRole("listitem").filter({ hasText: "strongly condemns" });
  await expect(condemn).toContainText("Oleh Nikolenko");
  await expect(condemn).toContainText("Spokesman, Ministry of Foreign Affairs of Ukraine");
  await expect(condemn).toContainText("Verified against the source text");
  await condemn.getByRole("link", { name: /Ukraine Cuts Off North Korean Relationship/ }).click();
  await expect(page.locator("#document-d1")).toBeInViewport();

  const kim = quotes.getByRole("listitem").filter({ hasText: "full support" });
  await expect(kim).toContainText("Kim Jong-Un");
  await expect(quotes.getByRole("listitem")).toHaveCount(9);
});

test("the timeline lists events in date order with honest labels", async ({ page }) => {
  await page.goto("/briefs/ukraine-cuts-ties-with-north-korea");
  const dates = await page.getByRole("region", { name: "Timeline" }).locator("li time").allTextContents();
  expect(dates[0]).toBe("2014");
  expect(dates).toContain("late February 2022");
  expect(dates).toContain("12 June 2022");
  expect(dates.at(-1)).toBe("mid July 2022");
});

test("sources show reliability and state affiliation", async ({ page }) => {
  await page.goto("/briefs/ukraine-cuts-ties-with-north-korea");
  const sources = page.getByRole("region", { name: "Sources" });
  const dprk = sources.getByRole("listitem").filter({ hasText: "Ministry of Foreign Affairs of North Korea" });
  await expect(dprk).toContainText("State-affiliated");
  await expect(dprk).toContainText("Low reliability");
  const russia = sources.getByRole("listitem").filter({ hasText: "Russian state media" });
  await expect(russia).toContainText("State-affiliated");
  await expect(sources.getByRole("listitem").filter({ hasText: "Ministry of Foreign Affairs of Ukraine" })).toBeVisible();
});

test("a citation number takes the reader to the cited quote", async ({ page }) => {
  await page.goto("/briefs/ukraine-cuts-ties-with-north-korea");
  await page.locator('.body a[href="#quote-q3"]').first().click();
  await expect(page).toHaveURL(/#quote-q3$/);
  await expect(page.locator("#quote-q3")).toContainText("strongly condemns");
});

test("an unknown brief is a 404 page", async ({ page }) => {
  const response = await page.goto("/briefs/no-such-brief");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
