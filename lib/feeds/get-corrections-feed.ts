// /corrections/feed.xml: the Atom feed of every public correction, update,
// clarification, verdict change and withdrawal (lib/publishing/list-public-corrections.ts),
// written by the `feed` package. Each entry's id is the correction's own tag: URI.
import { Feed } from "feed";
import { siteOrigin } from "@/lib/env";
import { listPublicCorrections, type PublicCorrection } from "@/lib/publishing/list-public-corrections";
import { CORRECTION_KIND_LABELS } from "@/lib/publishing/labels";
import { SITE_NAME } from "./site";

const FEED_SIZE = 50;

export async function getCorrectionsFeed(now = new Date()): Promise<string> {
  const { items } = await listPublicCorrections({ pageSize: FEED_SIZE, now });
  return buildCorrectionsFeed({ origin: siteOrigin(), entries: items, now });
}

export function buildCorrectionsFeed({ origin, entries, now }: { origin: string; entries: PublicCorrection[]; now: Date }): string {
  const url = (path: string) => new URL(path, origin).toString();
  const host = new URL(origin).hostname;
  const feed = new Feed({
    id: url("/corrections/feed.xml"),
    title: `Corrections · ${SITE_NAME}`,
    description: "Every correction, update, clarification, verdict change and withdrawal of our briefs, newest first.",
    link: url("/corrections"),
    feedLinks: { atom: url("/corrections/feed.xml") },
    updated: entries[0]?.at ?? now,
    author: { name: SITE_NAME, link: url("/") },
    generator: SITE_NAME,
  });
  for (const entry of entries) {
    feed.addItem({
      id: `tag:${host},${entry.at.toISOString().slice(0, 10)}:correction/${entry.id}`,
      // written as type="html" by the package: plain text is escaped to mean itself
      title: escapeHtml(`${CORRECTION_KIND_LABELS[entry.kind]}: ${entry.brief.title}`),
      description: escapeHtml(entry.note),
      link: url(`/briefs/${entry.brief.slug}`),
      date: entry.at,
    });
  }
  return feed.atom1();
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!);
