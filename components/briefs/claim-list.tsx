import { formatDay } from "../format";
import { DocumentLinks } from "./source-list";

export type ClaimView = {
  ref: string;
  text: string;
  quoted: boolean;
  speakerName: string;
  speakerSource: { name: string } | null;
  appearedOn: string | null;
  appearanceUrl: string | null;
  /** the brief's document it first appeared in */
  document: { ref: string; title: string; url: string | null; publisher: string; capturedHref?: string } | null;
  verdict: { name: string; definition: string } | null;
  conclusion: string;
};

/** The claims a brief checks: who said what and when, where, the verdict with its definition, and the conclusion. */
export function ClaimList({ claims }: { claims: ClaimView[] }) {
  return (
    <ol className="claim-list">
      {claims.map((c) => (
        <li key={c.ref} id={`claim-${c.ref}`} className="claim">
          <figure>
            {/* a quoted claim is the claimant's words (the stylesheet sets its quote marks); another is our wording of it */}
            {c.quoted ? (
              <blockquote>
                <p>{c.text}</p>
              </blockquote>
            ) : (
              <p className="claim-text">{c.text}</p>
            )}
            <figcaption>
              <span className="speaker">{c.speakerName}</span>
              {c.speakerSource && c.speakerSource.name !== c.speakerName && <> ({c.speakerSource.name})</>}
              {c.appearedOn && (
                <>
                  {" "}
                  · <time dateTime={c.appearedOn}>{formatDay(c.appearedOn)}</time>
                </>
              )}
              {c.document && (
                <>
                  {" · first appeared in "}
                  <a href={`#document-${c.document.ref}`}>{c.document.title}</a> ({c.document.publisher})
                  <DocumentLinks document={c.document} />
                </>
              )}
              {!c.document && c.appearanceUrl && (
                <>
                  {" "}
                  ·{" "}
                  <a href={c.appearanceUrl} rel="noopener noreferrer nofollow">
                    where it first appeared
                  </a>
                </>
              )}
            </figcaption>
          </figure>
          {c.verdict && (
            <p className="verdict">
              <span className="verdict-label">Our verdict:</span> <strong className="verdict-badge">{c.verdict.name}</strong>
              <span className="verdict-definition"> — {c.verdict.definition}</span>
            </p>
          )}
          <p className="conclusion">{c.conclusion}</p>
        </li>
      ))}
    </ol>
  );
}
