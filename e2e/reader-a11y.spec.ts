import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { correctedBrief, olderBriefsUnderATopic, publishedBrief, withdrawnBrief } from "./reader-data";

// One worker builds the data once, then visits every reader page.
test.describe.configure({ mode: "default" });

const pages: Record<string, string> = {
  home: "/",
  "the demo brief": "/briefs/ukraine-cuts-ties-with-north-korea",
  "the topics index": "/topics",
  "a topic": "/topics/north-korea",
  "a source": "/sources/russian-state-media",
  about: "/about",
  "the verdict scale": "/methodology",
  "the corrections log": "/corrections",
  "search results": "/search?q=north+korea",
};

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const { topic } = await olderBriefsUnderATopic(21);
  const withdrawn = await withdrawnBrief("The statement this brief rests on was retracted by the ministry.");
  const corrected = await correctedBrief({ kind: "clarification", note: "The quote is the minister's, not the ministry's." });
  const brief = await publishedBrief();
  Object.assign(pages, {
    "home, page 2": "/page/2",
    "a topic, page 2": `/topics/${topic.slug}/page/2`,
    "a withdrawn brief": `/briefs/${withdrawn.slug}`,
    "a corrected brief": `/briefs/${corrected.slug}`,
    "a captured document": `/briefs/${brief.slug}/documents/d1`,
    "a source with one brief": `/sources/${brief.source.slug}`,
  });
});

/** Serious and critical axe violations, as lines a person can act on. */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** One banner, main navigation, main and footer; one h1; no heading level skipped on the way down. */
async function structure(page: Page) {
  return page.evaluate(() => {
    const levels = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1]));
    const skipped = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
    return {
      banner: document.querySelectorAll("body > header, [role=banner]").length,
      main: document.querySelectorAll("main").length,
      footer: document.querySelectorAll("body > footer, [role=contentinfo]").length,
      h1: levels.filter((l) => l === 1).length,
      firstHeading: levels[0],
      skipped,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

test("every reader page passes axe with no serious or critical violations, on a desktop and on a phone", async ({ page }) => {
  // 17 pages at two widths, each with an axe run: over a minute alone, more beside another worker
  test.setTimeout(240_000);
  for (const [name, path] of Object.entries(pages)) {
    await test.step(name, async () => {
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(viewport);
        const response = await page.goto(path);
        expect(response?.status(), `${path} answers`).toBe(200);
        expect(await seriousViolations(page), `${name} at ${viewport.width} px`).toEqual([]);
        expect(await structure(page), `${name} at ${viewport.width} px`).toEqual({
          banner: 1,
          main: 1,
          footer: 1,
          h1: 1,
          firstHeading: 1,
          skipped: [],
          overflow: 0,
        });
        await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
      }
    });
  }
});

test("the keyboard reaches the content, past the header, and then the citations, with focus always visible", async ({ page }) => {
  await page.goto("/briefs/ukraine-cuts-ties-with-north-korea");
  const focusVisible = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0 && box.width > 0 && box.left >= 0;
    });

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  expect(await focusVisible()).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
  expect(await focusVisible()).toBe(true);

  let reached = false;
  for (let i = 0; i < 30 && !reached; i++) {
    reached = await page.evaluate(() => Boolean(document.activeElement?.closest("sup.citation")));
    if (!reached) await page.keyboard.press("Tab");
  }
  expect(reached, "a citation is reached by Tab").toBe(true);
  expect(await focusVisible()).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#(quote|event|document)-/);
});

test("a brief prints without the site navigation, with its documents' addresses and whole quotes", async ({ page }) => {
  await page.goto("/briefs/ukraine-cuts-ties-with-north-korea");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  const printed = await page.evaluate(() => {
    const link = document.querySelector(".document-list a.print-url")!;
    const quote = document.querySelector(".quote-list li")!;
    return {
      after: getComputedStyle(link, "::after").content,
      href: link.getAttribute("href"),
      breakInside: getComputedStyle(quote).breakInside,
    };
  });
  expect(printed.after).toContain(printed.href);
  expect(printed.breakInside).toBe("avoid");
});
