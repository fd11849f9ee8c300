// An Atom feed (RFC 4287) of briefs, written by the `feed` package. Each entry is one
// brief: a stable tag: id (the brief's, so a new slug or a correction is the same
// entry), its canonical link, "updated" at its latest publication and "published" at
// its first, its summary, authors and topics. The feed's "updated" is its newest
// entry's.
import { Feed } from "feed";
import type { FeedEntry } from "./list-feed-entries";

export type AtomFeedInput = {
  /** the site's public origin, e.g. https://briefs.example.org */
  origin: string;
  siteName: string;
  title: string;
  subtitle?: string;
  /** where this feed is served, e.g. /feed.xml */
  feedPath: string;
  /** the reader page the feed follows, e.g. / */
  pagePath: string;
  /** newest first */
  entries: FeedEntry[];
  /** the feed's "updated" when it has no entries yet */
  now: Date;
};

export function buildAtomFeed(input: AtomFeedInput): string {
  const { origin, entries } = input;
  const url = (path: string) => new URL(path, origin).toString();
  const feed = new Feed({
    id: url(input.feedPath),
    title: input.title,
    description: input.subtitle,
    link: url(input.pagePath),
    feedLinks: { atom: url(input.feedPath) },
    updated: newest(entries) ?? input.now,
    // Atom needs an author for every entry: the desk stands in for a brief without one.
    author: { name: input.siteName, link: url("/") },
    generator: input.siteName,
  });
  for (const entry of entries) {
    feed.addItem({
      id: briefTagUri(origin, entry),
      // The package writes title and summary as type="html": plain text must be escaped
      // to mean itself (this also keeps "]]>" out of its CDATA sections).
      title: escapeHtml(entry.title),
      description: escapeHtml(entry.summary),
      link: url(`/briefs/${entry.slug}`),
      date: entry.publishedAt,
      published: entry.firstPublishedAt,
      author: entry.authors.map((a) => ({ name: a.name })),
      // Only the slug: the package does not escape "<" in attribute values, and a slug has none.
      category: entry.topics.map((t) => ({ term: t.slug, scheme: url("/topics/") })),
    });
  }
  return feed.atom1();
}

function newest(entries: FeedEntry[]): Date | undefined {
  return entries.reduce<Date | undefined>((max, e) => (!max || e.publishedAt > max ? e.publishedAt : max), undefined);
}

/**
 * tag:briefs.example.org,2022-07-15:brief/<id> (RFC 4151): stays the same when the brief
 * is corrected or its slug changes, so feed readers update the entry instead of adding one.
 */
export function briefTagUri(origin: string, entry: Pick<FeedEntry, "briefId" | "firstPublishedAt">): string {
  return `tag:${new URL(origin).hostname},${entry.firstPublishedAt.toISOString().slice(0, 10)}:brief/${entry.briefId}`;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Text as HTML element content (quotes need no escaping there). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!);
}
