import Link from "next/link";

export type CitingQuoteView = {
  id: string;
  ref: string;
  text: string;
  speakerName: string;
  speakerTitle: string;
  verification: string;
  brief: { id: string; title: string };
  /** whether its words were found in this document's text (and are highlighted there) */
  found: boolean;
};

const VERIFICATION_LABEL: Record<string, string> = {
  verbatim: "Verbatim",
  checked_by_hand: "Checked by hand",
  altered: "Altered",
  not_found: "Not found",
  unchecked: "Not yet checked",
};

/** Every quote that cites the document, each linking to its place in the text and to its brief. */
export function CitingQuoteList({ quotes }: { quotes: CitingQuoteView[] }) {
  if (quotes.length === 0) return <p className="meta">No quote cites this document yet.</p>;
  return (
    <ol className="citing-quotes">
      {quotes.map((quote) => (
        <li key={quote.id} id={`quote-${quote.id}`}>
          <blockquote><p>{quote.text}</p></blockquote>
          <p className="meta">
            <span className="speaker">{quote.speakerName}</span>
            {quote.speakerTitle && <>, {quote.speakerTitle}</>}
            {" · "}{quote.ref} in <Link href={`/desk/briefs/${quote.brief.id}`}>{quote.brief.title}</Link>
            {" · "}<span className={`verification verification-${quote.verification}`}>{VERIFICATION_LABEL[quote.verification] ?? quote.verification}</span>
            {" · "}
            {quote.found
              ? <a href={`#highlight-${quote.id}`}>Show in the text</a>
              : <span className="not-in-text">not found in this text</span>}
          </p>
        </li>
      ))}
    </ol>
  );
}
