import { formatDay } from "../format";
import { countryLabel, KIND_LABEL, RELIABILITY_LABEL, type ReliabilityName, type SourceKindName } from "@/lib/sources/labels";

export type SourceDetailData = {
  slug: string;
  kind: SourceKindName;
  homepageUrl: string | null;
  country: string | null;
  reliability: ReliabilityName;
  reliabilityRationale: string;
  stateAffiliated: boolean;
  notes: string;
  confirmed: boolean;
  proposedBy: { name: string } | null;
  createdAt: Date;
  retiredAt: Date | null;
  citations: { documents: number; quotes: number; events: number };
};

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** Everything the registry says about a source, and where the desk cites it. */
export function SourceDetails({ source }: { source: SourceDetailData }) {
  const { documents, quotes, events } = source.citations;
  return (
    <dl className="source-facts">
      <div>
        <dt>Kind</dt>
        <dd>{KIND_LABEL[source.kind]}</dd>
      </div>
      <div>
        <dt>Homepage</dt>
        <dd>
          {source.homepageUrl ? (
            <a href={source.homepageUrl} rel="noopener noreferrer nofollow">
              {source.homepageUrl}
            </a>
          ) : (
            "—"
          )}
        </dd>
      </div>
      <div>
        <dt>Country</dt>
        <dd>{source.country ? countryLabel(source.country) : "—"}</dd>
      </div>
      <div>
        <dt>Reliability</dt>
        <dd>{RELIABILITY_LABEL[source.reliability]}</dd>
      </div>
      <div>
        <dt>Rationale</dt>
        <dd>{source.reliabilityRationale || "—"}</dd>
      </div>
      <div>
        <dt>State-affiliated</dt>
        <dd>{source.stateAffiliated ? "Yes" : "No"}</dd>
      </div>
      <div>
        <dt>Notes</dt>
        <dd className="source-notes">{source.notes || "—"}</dd>
      </div>
      <div>
        <dt>Slug</dt>
        <dd>
          <code>{source.slug}</code>
        </dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>
          {source.confirmed ? "Confirmed" : "Unconfirmed: proposed, waiting for an admin"}
          {source.retiredAt && <>; retired on {formatDay(source.retiredAt)}</>}
        </dd>
      </div>
      {source.proposedBy && (
        <div>
          <dt>Proposed by</dt>
          <dd>{source.proposedBy.name}</dd>
        </div>
      )}
      <div>
        <dt>Added</dt>
        <dd>{formatDay(source.createdAt)}</dd>
      </div>
      <div>
        <dt>Cited in</dt>
        <dd>
          {documents + quotes + events === 0
            ? "Nothing yet"
            : `${count(documents, "document")} as publisher, ${count(quotes, "quote")} as speaker, ${count(events, "event")} as reporter`}
        </dd>
      </div>
    </dl>
  );
}
