import { READER_VERIFICATION_LABELS, verificationLabel } from "@/lib/quotes/labels";
import { formatDay } from "../format";
import { WordDiff, type WordDiffPart } from "../quotes/word-diff";
import { DocumentLinks } from "./source-list";

export type QuoteView = {
  ref: string;
  /** its number in the body's citations, when the body cites it */
  citation?: number;
  text: string;
  speakerName: string;
  speakerTitle: string;
  context: string;
  saidOn: string | null;
  verification: string;
  /** an altered quote: the passage of the source it differs from, and how */
  difference?: { passage: string; before: string; after: string; diff: WordDiffPart[] };
  document: {
    ref: string;
    title: string;
    url: string | null;
    publisher: string;
    capturedHref?: string;
    /** the desk's own record of what it heard: how ("a phone call"), who made it, the day */
    ownRecord?: { how: string; by: string; on: string | null } | null;
  };
};

export function QuoteList({ quotes }: { quotes: QuoteView[] }) {
  return (
    <ol className="quote-list">
      {quotes.map((q) => (
        <li key={q.ref} id={`quote-${q.ref}`}>
          {q.citation && <span className="citation-number">[{q.citation}]</span>}
          <figure>
            <blockquote>
              <p>{q.text}</p>
            </blockquote>
            <figcaption>
              <span className="speaker">{q.speakerName}</span>
              {q.speakerTitle && (
                <>
                  , <span className="speaker-title">{q.speakerTitle}</span>
                </>
              )}
              {q.saidOn && (
                <>
                  {" "}
                  · <time dateTime={q.saidOn}>{formatDay(q.saidOn)}</time>
                </>
              )}
              {q.context && <span className="quote-context"> — {q.context}</span>}
              <br />
              {q.document.ownRecord ? (
                <span className="quote-source">
                  From <a href={`#document-${q.document.ref}`}>our own record</a> of {q.document.ownRecord.how}
                  {q.document.ownRecord.on && (
                    <>
                      {" "}
                      on <time dateTime={q.document.ownRecord.on}>{formatDay(q.document.ownRecord.on)}</time>
                    </>
                  )}
                  {q.document.ownRecord.by && <>, made by {q.document.ownRecord.by}</>}
                  <DocumentLinks document={q.document} />
                </span>
              ) : (
                <span className="quote-source">
                  Source: <a href={`#document-${q.document.ref}`}>{q.document.title}</a> ({q.document.publisher})
                  <DocumentLinks document={q.document} />
                </span>
              )}
              {" · "}
              <span className={`verification verification-${q.verification}`}>
                {q.document.ownRecord && q.verification === "verbatim"
                  ? "Verified against our record"
                  : verificationLabel(READER_VERIFICATION_LABELS, q.verification)}
              </span>
            </figcaption>
          </figure>
          {q.verification === "altered" && q.difference && <QuoteDifference difference={q.difference} />}
        </li>
      ))}
    </ol>
  );
}

/** How an altered quote differs from its source: a native <details>, so it opens from the keyboard too. */
function QuoteDifference({ difference }: { difference: NonNullable<QuoteView["difference"]> }) {
  return (
    <details className="quote-difference">
      <summary>How it differs from the source text</summary>
      <p className="evidence-label">The source text has:</p>
      <blockquote className="evidence-passage">
        <p>
          {difference.before && <>…{difference.before}</>}
          <mark>{difference.passage}</mark>
          {difference.after && <>{difference.after}…</>}
        </p>
      </blockquote>
      <p className="evidence-label">Word by word:</p>
      <p>
        <WordDiff diff={difference.diff} ours="the quote" theirs="the source" />
      </p>
    </details>
  );
}
