import Link from "next/link";
import type { DocumentDetail } from "@/lib/documents/get-document";
import { CITING_VERIFICATION_LABELS, verificationLabel } from "@/lib/quotes/labels";

/** `found`: whether its words were found in this document's text (and are highlighted there). */
export type CitingQuoteView = DocumentDetail["quotes"][number] & { found: boolean };

/** Every quote that cites the document, each linking to its place in the text and to its brief. */
export function CitingQuoteList({ quotes }: { quotes: CitingQuoteView[] }) {
  if (quotes.length === 0) return <p className="meta">No quote cites this document yet.</p>;
  return (
    <ol className="citing-quotes">
      {quotes.map((quote) => (
        <li key={quote.id} id={`quote-${quote.id}`}>
          <blockquote>
            <p>{quote.text}</p>
          </blockquote>
          <p className="meta">
            <span className="speaker">{quote.speakerName}</span>
            {quote.speakerTitle && <>, {quote.speakerTitle}</>}
            {" · "}
            {quote.ref} in <Link href={`/desk/briefs/${quote.brief.id}`}>{quote.brief.title}</Link>
            {" · "}
            <span className={`verification verification-${quote.verification}`}>
              {verificationLabel(CITING_VERIFICATION_LABELS, quote.verification)}
            </span>
            {" · "}
            {quote.found ? (
              <a href={`#highlight-${quote.id}`}>Show in the text</a>
            ) : (
              <span className="not-in-text">not found in this text</span>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
