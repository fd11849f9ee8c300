// The reader site's Atom feeds: every brief (/feed.xml), or one topic's
// (/topics/<slug>/feed.xml; null when there is no such topic).
import { db } from "@/lib/db/client";
import { siteOrigin } from "@/lib/env";
import { buildAtomFeed } from "./build-atom-feed";
import { listFeedEntries } from "./list-feed-entries";
import { SITE_DESCRIPTION, SITE_NAME } from "./site";

export async function getSiteFeed(now = new Date()): Promise<string> {
  return buildAtomFeed({
    origin: siteOrigin(),
    siteName: SITE_NAME,
    title: SITE_NAME,
    subtitle: SITE_DESCRIPTION,
    feedPath: "/feed.xml",
    pagePath: "/",
    entries: await listFeedEntries({ now }),
    now,
  });
}

export async function getTopicFeed(topicSlug: string, now = new Date()): Promise<string | null> {
  const topic = await db().topic.findUnique({ where: { slug: topicSlug }, select: { slug: true, name: true } });
  if (!topic) return null;
  const pagePath = `/topics/${topic.slug}`;
  return buildAtomFeed({
    origin: siteOrigin(),
    siteName: SITE_NAME,
    title: `${topic.name} · ${SITE_NAME}`,
    subtitle: `Fact-checked briefs on ${topic.name}.`,
    feedPath: `${pagePath}/feed.xml`,
    pagePath,
    entries: await listFeedEntries({ topicSlug: topic.slug, now }),
    now,
  });
}
