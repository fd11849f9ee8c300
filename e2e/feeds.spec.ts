import { expect, test, type APIRequestContext } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { approve, publish, submitForReview } from "@/prisma/seed/workflow";
import { createUser, e2eDb } from "./support";

const demoSlug = "ukraine-cuts-ties-with-north-korea";
const demoTitle = "Ukraine cuts ties with North Korea after Pyongyang recognises Russia's proxy republics";
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["entry", "link", "sitemap", "url"].includes(name),
});

type AtomEntry = { id: string; title: { "#text": string }; link: { href: string }[]; updated: string; published: string };

/** A published brief on one topic, by two new editors (author and reviewer). */
async function publishedBrief(title: string, topic: { slug: string; name: string }) {
  const [author, reviewer] = [await createUser("editor"), await createUser("editor")];
  const slug = `${title.toLowerCase().replace(/\W+/g, "-").replace(/^-|-$/g, "")}-${Date.now()}`;
  return e2eDb().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText: "The minister said “we will respond” on Monday." });
    const brief = await buildBrief(tx, {
      slug,
      title,
      summary: "What the minister said.",
      body: "He said [@q1] ([@d1]).",
      authorIds: [author.id],
      topics: [topic],
    });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q1", text: "we will respond", speakerName: "The Minister" });
    const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id });
    await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
    await publish(tx, { reviewId: review.id, publisherId: author.id });
    return { ...brief, author };
  });
}

async function fetchFeed(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  return xml.parse(await response.text()).feed as {
    id: string;
    title: string;
    updated: string;
    link: { rel: string; href: string }[];
    entry?: AtomEntry[];
  };
}

test("the site's Atom feed lists the demo brief with its dates, newest entries first", async ({ request, baseURL }) => {
  const feed = await fetchFeed(request, "/feed.xml");
  expect(feed.id).toBe(`${baseURL}/feed.xml`);
  expect(feed.link).toContainEqual({ rel: "self", href: `${baseURL}/feed.xml` });
  const demo = feed.entry!.find((e) => e.link[0]!.href === `${baseURL}/briefs/${demoSlug}`)!;
  expect(demo.title["#text"]).toBe(demoTitle);
  expect(demo.id).toMatch(/^tag:localhost,\d{4}-\d\d-\d\d:brief\/\w+$/);
  expect(Date.parse(demo.published)).toBeLessThanOrEqual(Date.parse(demo.updated));
  const updated = feed.entry!.map((e) => Date.parse(e.updated));
  expect(updated).toEqual([...updated].sort((a, b) => b - a));
  expect(feed.updated).toBe(feed.entry![0]!.updated);
});

test("a newly published brief appears in the site's feed and in its topic's feed only", async ({ request, baseURL }) => {
  const topic = { slug: `sanctions-${Date.now()}`, name: "Sanctions" };
  const brief = await publishedBrief("Minister promises a response", topic);
  const link = `${baseURL}/briefs/${brief.slug}`;

  // Feeds are cached for up to 10 s: poll until the new publication is in.
  await expect(async () => {
    const feed = await fetchFeed(request, "/feed.xml");
    expect(feed.entry!.map((e) => e.link[0]!.href)).toContain(link);
  }).toPass({ timeout: 30_000 });
  const topicFeed = await fetchFeed(request, `/topics/${topic.slug}/feed.xml`);
  expect(topicFeed.title).toBe("Sanctions · Briefdesk");
  expect(topicFeed.entry!.map((e) => e.link[0]!.href)).toEqual([link]);

  expect((await request.get("/topics/no-such-topic/feed.xml")).status()).toBe(404);
});

test("the sitemap index leads to every brief page, with its last modification", async ({ request, baseURL }) => {
  const index = await request.get("/sitemap.xml");
  expect(index.status()).toBe(200);
  expect(index.headers()["content-type"]).toBe("application/xml; charset=utf-8");
  const files: { loc: string }[] = xml.parse(await index.text()).sitemapindex.sitemap;
  expect(files[0]!.loc).toBe(`${baseURL}/briefs/sitemap/0.xml`);

  const urls: { loc: string; lastmod?: string }[] = [];
  for (const { loc } of files) {
    const file = await request.get(new URL(loc).pathname);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toContain("application/xml");
    urls.push(...xml.parse(await file.text()).urlset.url);
  }
  expect(urls[0]!.loc).toBe(`${baseURL}/`);
  const demo = urls.find((u) => u.loc === `${baseURL}/briefs/${demoSlug}`);
  expect(Date.parse(demo?.lastmod ?? "")).not.toBeNaN();
  expect(urls.map((u) => u.loc)).not.toContain(`${baseURL}/briefs/ukraine-ends-relations-with-syria`); // in review, not published
  expect((await request.get("/briefs/sitemap/999.xml")).status()).toBe(404);
});

test("robots.txt lets crawlers read the reader site, keeps them out of the desk, and names the sitemap", async ({ request, baseURL }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const lines = (await response.text()).split("\n");
  expect(lines).toEqual(
    expect.arrayContaining(["User-Agent: *", "Allow: /", "Disallow: /desk", "Disallow: /api/", `Sitemap: ${baseURL}/sitemap.xml`]),
  );
});

test("a brief page names its canonical URL, describes itself to link previews and carries NewsArticle data", async ({ page, baseURL }) => {
  await page.goto(`/briefs/${demoSlug}`);
  const url = `${baseURL}/briefs/${demoSlug}`;
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", demoTitle);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", url);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `${baseURL}/feed.xml`);

  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data).toMatchObject({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: demoTitle,
    url,
    mainEntityOfPage: { "@id": url },
    publisher: { "@type": "Organization", name: "Briefdesk" },
  });
  expect(new Date(data.datePublished).toISOString()).toBe(data.datePublished);
  expect(Date.parse(data.dateModified)).toBeGreaterThanOrEqual(Date.parse(data.datePublished));
  expect(data.author.length).toBeGreaterThan(0);
  expect(data.citation).toContainEqual(
    expect.objectContaining({ "@type": "CreativeWork", name: expect.stringContaining("Ukraine Cuts Off North Korean Relationship") }),
  );
});

test("a title that tries to close the structured-data script stays text", async ({ page }) => {
  const title = 'Quoting "</script><script>window.pwned = true</script>"';
  const brief = await publishedBrief(title, { slug: "security", name: "Security" });
  await page.goto(`/briefs/${brief.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data.headline).toBe(title);
});

test("the home page offers the feed and link-preview defaults", async ({ page, baseURL }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `${baseURL}/feed.xml`);
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute("content", "Briefdesk");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
});
