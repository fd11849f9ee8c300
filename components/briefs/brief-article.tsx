import Link from "next/link";
import { correctionLabel } from "@/lib/publishing/labels";
import { formatDay } from "../format";
import { TopicLinks } from "./brief-list";
import { ClaimList, type ClaimView } from "./claim-list";
import { QuoteList, type QuoteView } from "./quote-list";
import { DocumentList, SourceList, type DocumentView, type SourceView } from "./source-list";
import { Timeline, type TimelineEvent } from "./timeline";

type Props = {
  title: string;
  summary: string;
  /** sanitised HTML of the rendered body */
  bodyHtml: string;
  topics: { slug: string; name: string }[];
  publishedAt: Date;
  firstPublishedAt: Date;
  /** a desk preview of a draft: no publication date, a "not published" line instead */
  draft?: boolean;
  /** who wrote it, as the brief records them; absent in views made before bylines */
  authors?: string[];
  review: { reviewerName: string; decidedAt: Date | null; selfApproved: boolean } | null;
  withdrawn: { reason: string; at: Date } | null;
  corrections: { kind: string; note: string; createdAt: Date }[];
  quotes: QuoteView[];
  events: TimelineEvent[];
  /** the claims the brief checks; absent in views made before claims existed */
  claims?: ClaimView[];
  /** the timeline as TimelineJS JSON, on the reader site */
  timelineHref?: string;
  sources: SourceView[];
  documents: DocumentView[];
};

/** "A", "A and B", "A, B and C" */
const names = (list: string[]) => (list.length < 2 ? list.join("") : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`);

export function BriefArticle(props: Props) {
  const { review } = props;
  const claims = props.claims ?? [];
  const verdictChanges = props.corrections.filter((c) => c.kind === "verdict_change");
  return (
    <article className="brief">
      <header>
        <h1>{props.title}</h1>
        <p className="summary">{props.summary}</p>
        <p className="meta">
          {props.draft ? (
            <strong className="draft-label">Draft preview — not published</strong>
          ) : (
            <>
              Published <time dateTime={props.firstPublishedAt.toISOString()}>{formatDay(props.firstPublishedAt)}</time>
              {props.publishedAt.getTime() !== props.firstPublishedAt.getTime() && (
                <>
                  {" "}
                  · updated <time dateTime={props.publishedAt.toISOString()}>{formatDay(props.publishedAt)}</time>
                </>
              )}
            </>
          )}
          {props.topics.length > 0 && (
            <>
              {" "}
              · <TopicLinks topics={props.topics} />
            </>
          )}
        </p>
        {(review || (props.authors && props.authors.length > 0)) && (
          <p className="byline">
            {props.authors && props.authors.length > 0 && <span className="authors">By {names(props.authors)}</span>}
            {props.authors && props.authors.length > 0 && review && " · "}
            {review && (
              <span className="reviewed">
                Reviewed by {review.reviewerName}
                {review.decidedAt && (
                  <>
                    {" "}
                    on <time dateTime={review.decidedAt.toISOString()}>{formatDay(review.decidedAt)}</time>
                  </>
                )}
                {review.selfApproved && <> (approved by its own author: this desk allows self-approval)</>}
              </span>
            )}
          </p>
        )}
      </header>

      {props.withdrawn && (
        <aside className="withdrawn" role="note">
          <h2>This brief was withdrawn on {formatDay(props.withdrawn.at)}</h2>
          <p>{props.withdrawn.reason}</p>
        </aside>
      )}

      {verdictChanges.length > 0 && (
        <aside className="verdict-change" role="note" aria-labelledby="verdict-change-heading">
          <h2 id="verdict-change-heading">{verdictChanges.length > 1 ? "Our verdicts changed" : "Our verdict changed"}</h2>
          {verdictChanges.map((c) => (
            <p key={c.createdAt.toISOString()}>
              <time dateTime={c.createdAt.toISOString()}>{formatDay(c.createdAt)}</time>: {c.note}
            </p>
          ))}
        </aside>
      )}

      {claims.length > 0 && (
        <section aria-labelledby="claims-heading" className="claims">
          <h2 id="claims-heading">{claims.length > 1 ? "Claims we checked" : "The claim we checked"}</h2>
          <ClaimList claims={claims} />
        </section>
      )}

      <div className="body" dangerouslySetInnerHTML={{ __html: props.bodyHtml }} />

      {props.quotes.length > 0 && (
        <section aria-labelledby="quotes-heading">
          <h2 id="quotes-heading">Quotes</h2>
          <QuoteList quotes={props.quotes} />
        </section>
      )}

      {props.events.length > 0 && (
        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">Timeline</h2>
          <Timeline events={props.events} />
          {props.timelineHref && (
            <p className="meta">
              <a href={props.timelineHref} download>
                Download this timeline
              </a>{" "}
              (JSON for TimelineJS)
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <SourceList sources={props.sources} />
        <h3>Documents cited</h3>
        <DocumentList documents={props.documents} />
      </section>

      {props.corrections.length > 0 && (
        <section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Corrections</h2>
          <ul className="correction-list">
            {props.corrections.map((c) => (
              <li key={`${c.createdAt.toISOString()}-${c.kind}`}>
                <strong>{correctionLabel(c.kind)}</strong>, <time dateTime={c.createdAt.toISOString()}>{formatDay(c.createdAt)}</time>:{" "}
                {c.note}
              </li>
            ))}
          </ul>
          <p className="meta">
            <Link href="/about#corrections">How we correct briefs</Link>
          </p>
        </section>
      )}
    </article>
  );
}
