export type SourceView = {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  reliability: string;
  reliabilityRationale: string;
  stateAffiliated: boolean;
};

export type DocumentView = {
  ref: string;
  citation?: number;
  title: string;
  url: string | null;
  author: string | null;
  publishedOn: string | null;
  publisher: string;
};

const RELIABILITY_LABEL: Record<string, string> = {
  high: "High reliability",
  mixed: "Mixed reliability",
  low: "Low reliability",
  unrated: "Not rated",
};

export function SourceList({ sources }: { sources: SourceView[] }) {
  return (
    <ul className="source-list">
      {sources.map((s) => (
        <li key={s.id}>
          <strong>{s.name}</strong> <span className="meta">({s.kind}{s.country ? `, ${s.country}` : ""})</span>{" "}
          <span className={`label reliability-${s.reliability}`}>{RELIABILITY_LABEL[s.reliability] ?? s.reliability}</span>
          {s.stateAffiliated && <> <span className="label state-affiliated">State-affiliated</span></>}
          {s.reliabilityRationale && <p className="rationale">{s.reliabilityRationale}</p>}
        </li>
      ))}
    </ul>
  );
}

export function DocumentList({ documents }: { documents: DocumentView[] }) {
  return (
    <ol className="document-list">
      {documents.map((d) => (
        <li key={d.ref} id={`document-${d.ref}`}>
          {d.citation && <span className="citation-number">[{d.citation}]</span>}
          <cite>{d.title}</cite> — {d.publisher}
          {d.author && <>, {d.author}</>}
          {d.publishedOn && <>, <time dateTime={d.publishedOn}>{d.publishedOn}</time></>}
          {d.url && <> · <a href={d.url} rel="noopener noreferrer nofollow">original</a></>}
        </li>
      ))}
    </ol>
  );
}
