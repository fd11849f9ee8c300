import Link from "next/link";
import { formatDay } from "../format";

export type BriefListItem = {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  topics: { slug: string; name: string }[];
};

export function BriefList({ briefs }: { briefs: BriefListItem[] }) {
  if (briefs.length === 0) return <p>No briefs have been published yet.</p>;
  return (
    <ol className="brief-list">
      {briefs.map((brief) => (
        <li key={brief.slug}>
          <article>
            <h2><Link href={`/briefs/${brief.slug}`}>{brief.title}</Link></h2>
            <p>{brief.summary}</p>
            <p className="meta">
              <time dateTime={brief.publishedAt.toISOString()}>{formatDay(brief.publishedAt)}</time>
              {brief.topics.length > 0 && <> · {brief.topics.map((t) => t.name).join(", ")}</>}
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
