import Link from "next/link";

export type TimelineEvent = {
  ref: string;
  /** its number in the body's citations, when the body cites it */
  citation?: number;
  description: string;
  dateStart: string;
  dateLabel: string;
  place: string;
  /** it has not happened yet */
  planned?: boolean;
  reportedBy: { name: string; slug?: string; stateAffiliated: boolean } | null;
  documents: { ref: string; title: string }[];
};

/** Events in date order, each with the label that claims no more than is known. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  return (
    <ol className="timeline">
      {events.map((e) => (
        <li key={e.ref} id={`event-${e.ref}`}>
          {e.citation && <span className="citation-number">[{e.citation}]</span>}
          <time dateTime={e.dateStart}>{e.dateLabel}</time>
          {e.planned && (
            <>
              {" "}
              <span className="label planned">Planned</span>
            </>
          )}
          <p>
            {e.description}
            {e.place && <span className="place"> ({e.place})</span>}
            {e.reportedBy && (
              <span className="reported-by">
                {" "}
                — as reported by{" "}
                {e.reportedBy.slug ? <Link href={`/sources/${e.reportedBy.slug}`}>{e.reportedBy.name}</Link> : e.reportedBy.name}
                {e.reportedBy.stateAffiliated && (
                  <>
                    {" "}
                    <span className="label state-affiliated">State-affiliated</span>
                  </>
                )}
              </span>
            )}
          </p>
          <p className="meta">
            Cited:{" "}
            {e.documents.map((d, i) => (
              <span key={d.ref}>
                {i > 0 && ", "}
                <a href={`#document-${d.ref}`}>{d.title}</a>
              </span>
            ))}
          </p>
        </li>
      ))}
    </ol>
  );
}
