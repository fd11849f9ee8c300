import Link from "next/link";
import { formatDay } from "../format";

export type BriefListItem = {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  topics: { slug: string; name: string }[];
  /** the verdict of a brief that checks one claim */
  verdict?: string | null;
};

/** Links to topic pages, comma-separated. */
export function TopicLinks({ topics }: { topics: { slug: string; name: string }[] }) {
  return topics.map((t, i) => (
    <span key={t.slug}>
      {i > 0 && ", "}
      <Link href={`/topics/${t.slug}`}>{t.name}</Link>
    </span>
  ));
}

/** `headingLevel` keeps the outline right: h2 under a page's h1, h3 under a section's h2. */
export function BriefList({
  briefs,
  empty = "No briefs have been published yet.",
  headingLevel = 2,
}: {
  briefs: BriefListItem[];
  empty?: string;
  headingLevel?: 2 | 3;
}) {
  if (briefs.length === 0) return <p>{empty}</p>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="brief-list">
      {briefs.map((brief) => (
        <li key={brief.slug}>
          <article>
            <Heading>
              <Link href={`/briefs/${brief.slug}`}>{brief.title}</Link>
            </Heading>
            {brief.verdict && (
              <p className="verdict-line">
                Verdict: <span className="verdict-badge">{brief.verdict}</span>
              </p>
            )}
            <p>{brief.summary}</p>
            <p className="meta">
              <time dateTime={brief.publishedAt.toISOString()}>{formatDay(brief.publishedAt)}</time>
              {brief.topics.length > 0 && (
                <>
                  {" "}
                  · <TopicLinks topics={brief.topics} />
                </>
              )}
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}

/** Newer/Older links between pages of a list; each page has its own path, so each is cached. */
export function Pagination({ newerHref, olderHref }: { newerHref: string | null; olderHref: string | null }) {
  if (!newerHref && !olderHref) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {newerHref && (
        <Link href={newerHref} rel="prev">
          ← Newer
        </Link>
      )}
      {olderHref && (
        <Link href={olderHref} rel="next">
          Older →
        </Link>
      )}
    </nav>
  );
}
