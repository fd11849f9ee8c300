import Link from "next/link";
import { correctionLabel } from "@/lib/publishing/labels";
import { formatDay } from "../format";

export type CorrectionFeedItem = {
  id: string;
  kind: string;
  note: string;
  at: Date;
  brief: { slug: string; title: string };
};

/** Every public change to a brief, newest first: what kind, when, which brief, and the note readers got. */
export function CorrectionFeed({ items }: { items: CorrectionFeedItem[] }) {
  if (items.length === 0) return <p>No brief has been corrected, updated or withdrawn yet.</p>;
  return (
    <ol className="correction-feed">
      {items.map((item) => (
        <li key={item.id}>
          <article>
            <h2 className="meta">
              <strong className={`correction-kind correction-kind-${item.kind}`}>{correctionLabel(item.kind)}</strong>
              {" · "}
              <time dateTime={item.at.toISOString()}>{formatDay(item.at)}</time>
            </h2>
            <p>
              <Link href={`/briefs/${item.brief.slug}`}>{item.brief.title}</Link>
            </p>
            <p>{item.note}</p>
          </article>
        </li>
      ))}
    </ol>
  );
}
