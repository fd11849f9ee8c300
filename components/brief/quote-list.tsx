import { formatDay } from "../format";
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
  document: { ref: string; title: string; url: string | null; publisher: string; capturedHref?: string };
};

// What the desk's check established, said plainly: only a verbatim quote was verified
// against the stored source text; a hand check was a reviewer's, against a source the
// desk does not hold.
const VERIFICATION_LABEL: Record<string, string> = {
  verbatim: "Verified against the source text",
  checked_by_hand: "Checked by hand by a reviewer, not against the stored source text",
  altered: "Differs from the source text",
  not_found: "Not found in the source text",
  unchecked: "Not yet checked",
};

export function QuoteList({ quotes }: { quotes: QuoteView[] }) {
  return (
    <ol className="quote-list">
      {quotes.map((q) => (
        <li key={q.ref} id={`quote-${q.ref}`}>
          {q.citation && <span className="citation-number">[{q.citation}]</span>}
          <figure>
            <blockquote><p>{q.text}</p></blockquote>
            <figcaption>
              <span className="speaker">{q.speakerName}</span>
              {q.speakerTitle && <>, <span className="speaker-title">{q.speakerTitle}</span></>}
              {q.saidOn && <> · <time dateTime={q.saidOn}>{formatDay(q.saidOn)}</time></>}
              {q.context && <span className="quote-context"> — {q.context}</span>}
              <br />
              <span className="quote-source">
                Source: <a href={`#document-${q.document.ref}`}>{q.document.title}</a> ({q.document.publisher})
                <DocumentLinks document={q.document} />
              </span>
              {" · "}
              <span className={`verification verification-${q.verification}`}>{VERIFICATION_LABEL[q.verification] ?? q.verification}</span>
            </figcaption>
          </figure>
        </li>
      ))}
    </ol>
  );
}
