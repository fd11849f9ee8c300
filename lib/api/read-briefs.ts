// The public read API's briefs: a page of briefs readers can see, and one brief as
// its latest visible publication (or, once withdrawn, the notice readers get). The
// visibility rule is the reader site's own (lib/publishing).
import { AppError } from "@/lib/errors";
import { siteOrigin } from "@/lib/env";
import { renderBody } from "@/lib/briefs/render-body";
import { getPublishedBrief } from "@/lib/publishing/get-published-brief";
import { listPublishedBriefsAfter, type BriefPosition } from "@/lib/publishing/list-published-briefs-after";
import type { PublishedBriefSummary } from "@/lib/publishing/list-published-briefs";
import { searchBriefs } from "@/lib/search/search-briefs";
import { parseInput } from "@/lib/validation";
import type { PublicResult } from "./route";
import { listBriefsQuerySchema } from "./schemas";

const briefUrl = (slug: string) => `${siteOrigin()}/briefs/${slug}`;

type Cursor = { after: BriefPosition } | { page: number };

function encodeCursor(cursor: Cursor): string {
  const plain = "after" in cursor ? { t: cursor.after.publishedAt.toISOString(), i: cursor.after.id } : { p: cursor.page };
  return Buffer.from(JSON.stringify(plain)).toString("base64url");
}

function decodeCursor(text: string): Cursor {
  const refuse = () =>
    new AppError("invalid", "This cursor is not one we gave out.", { cursor: ["Pass the nextCursor of the previous page unchanged."] });
  let plain: { t?: unknown; i?: unknown; p?: unknown };
  try {
    plain = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw refuse();
  }
  if (typeof plain?.p === "number" && Number.isSafeInteger(plain.p) && plain.p > 1) return { page: plain.p };
  if (typeof plain?.t !== "string" || typeof plain.i !== "string" || Number.isNaN(Date.parse(plain.t))) throw refuse();
  return { after: { publishedAt: new Date(plain.t), id: plain.i } };
}

const summaryBody = (b: PublishedBriefSummary) => ({
  slug: b.slug,
  title: b.title,
  summary: b.summary,
  topics: b.topics,
  publishedAt: b.publishedAt,
  url: briefUrl(b.slug),
});

export async function listApiBriefs(query: URLSearchParams): Promise<PublicResult> {
  const params = parseInput(listBriefsQuerySchema, Object.fromEntries(query));
  const cursor = params.cursor ? decodeCursor(params.cursor) : undefined;
  if (params.q) return searchPage(params, cursor);
  if (cursor && !("after" in cursor))
    throw new AppError("invalid", "This cursor belongs to a search.", { cursor: ["Pass the nextCursor of the previous page unchanged."] });
  const page = await listPublishedBriefsAfter({
    after: cursor?.after,
    limit: params.limit,
    topicSlug: params.topic,
    from: params.from,
    to: params.to,
  });
  const last = page.items.at(-1);
  return {
    body: {
      items: page.items.map(summaryBody),
      nextCursor: page.hasNext && last ? encodeCursor({ after: last.position }) : null,
    },
  };
}

/** Full-text search ranks by relevance, so its pages are numbered; the cursor holds the number. */
async function searchPage(
  params: { q?: string; topic?: string; from?: string; to?: string },
  cursor: Cursor | undefined,
): Promise<PublicResult> {
  if (cursor && !("page" in cursor))
    throw new AppError("invalid", "This cursor belongs to a list, not a search.", {
      cursor: ["Pass the nextCursor of the previous page unchanged."],
    });
  const page = cursor?.page ?? 1;
  const result = await searchBriefs({ q: params.q, topic: params.topic, from: params.from, to: params.to, page: String(page) });
  return {
    body: {
      items: result.items.map(summaryBody),
      nextCursor: result.hasNext ? encodeCursor({ page: page + 1 }) : null,
    },
  };
}

export async function getApiBrief(slug: string): Promise<{ status?: number; body: unknown }> {
  const brief = await getPublishedBrief(slug);
  if (!brief) throw new AppError("not_found", "There is no published brief at this address.");
  const { snapshot } = brief;
  if (brief.withdrawn) {
    // 410 Gone: the brief existed and was withdrawn on purpose; the notice says why.
    return { status: 410, body: { slug, title: snapshot.title, url: briefUrl(slug), withdrawn: brief.withdrawn } };
  }
  return {
    body: {
      slug,
      title: snapshot.title,
      summary: snapshot.summary,
      body: snapshot.body,
      bodyHtml: renderBody(snapshot.body),
      topics: snapshot.topics,
      url: briefUrl(slug),
      version: brief.version,
      publishedAt: brief.publishedAt,
      firstPublishedAt: brief.firstPublishedAt,
      review: brief.review,
      quotes: snapshot.quotes,
      events: snapshot.events.map(({ planned, ...event }) => ({ ...event, planned: planned === true })),
      documents: snapshot.documents,
      sources: brief.sources,
      corrections: brief.corrections,
    },
  };
}
