import { RELIABILITY_LABEL, type ReliabilityName, type SourceKindName } from "@/lib/sources/labels";
import { formatDay } from "../format";

export type PublisherView = {
  name: string;
  kind: SourceKindName;
  country: string | null;
  reliability: ReliabilityName;
  reliabilityRationale: string;
  stateAffiliated: boolean;
  confirmed: boolean;
  retired: boolean;
};

export type DocumentFactsView = {
  url: string | null;
  author: string | null;
  /** YYYY-MM-DD */
  publishedOn: string | null;
  language: string;
  contentHash: string;
  createdAt: Date;
  addedBy: string | null;
  publisher: PublisherView;
};

/** Who published the document, where and when, and the hash of its captured text. */
export function DocumentFacts({ document }: { document: DocumentFactsView }) {
  const { publisher } = document;
  return (
    <dl className="document-facts">
      <div>
        <dt>Publisher</dt>
        <dd>
          {publisher.name}{" "}
          <span className="meta">
            ({publisher.kind}
            {publisher.country ? `, ${publisher.country}` : ""})
          </span>{" "}
          <span className={`label reliability-${publisher.reliability}`}>{RELIABILITY_LABEL[publisher.reliability]}</span>
          {publisher.stateAffiliated && (
            <>
              {" "}
              <span className="label state-affiliated">State-affiliated</span>
            </>
          )}
          {!publisher.confirmed && (
            <>
              {" "}
              <span className="label">Proposed</span>
            </>
          )}
          {publisher.retired && (
            <>
              {" "}
              <span className="label">Retired</span>
            </>
          )}
          {publisher.reliabilityRationale && <span className="rationale"> {publisher.reliabilityRationale}</span>}
        </dd>
      </div>
      <div>
        <dt>URL</dt>
        <dd>
          {document.url ? (
            <a href={document.url} rel="noopener noreferrer nofollow" target="_blank">
              {document.url}
            </a>
          ) : (
            <span className="meta">none</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Author</dt>
        <dd>{document.author ?? <span className="meta">not given</span>}</dd>
      </div>
      <div>
        <dt>Published</dt>
        <dd>
          {document.publishedOn ? (
            <time dateTime={document.publishedOn}>{formatDay(document.publishedOn)}</time>
          ) : (
            <span className="meta">date not given</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Language</dt>
        <dd>{document.language}</dd>
      </div>
      <div>
        <dt>Content hash</dt>
        <dd>
          <code className="content-hash" title="sha-256 of the captured text">
            {document.contentHash}
          </code>
        </dd>
      </div>
      <div>
        <dt>Added</dt>
        <dd>
          {formatDay(document.createdAt)}
          {document.addedBy && <> by {document.addedBy}</>}
        </dd>
      </div>
    </dl>
  );
}
