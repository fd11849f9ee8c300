import Link from "next/link";
import { countryLabel, KIND_LABEL, RELIABILITY_LABEL, type ReliabilityName, type SourceKindName } from "@/lib/sources/labels";

export type SourceView = {
  id: string;
  slug: string;
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
  /** our public captured copy, on the reader site */
  capturedHref?: string;
  /** the page as it was fetched when it was captured from its address (served sandboxed) */
  archive?: { href: string; finalUrl: string; fetchedOn: string };
};

export const kindLabel = (kind: string) => KIND_LABEL[kind as SourceKindName] ?? kind;

/** A source's rating and state affiliation, as readers see them everywhere. */
export function ReaderSourceLabels({ reliability, stateAffiliated }: { reliability: string; stateAffiliated: boolean }) {
  return (
    <>
      <span className={`label reliability-${reliability}`}>{RELIABILITY_LABEL[reliability as ReliabilityName] ?? reliability}</span>
      {stateAffiliated && (
        <>
          {" "}
          <span className="label state-affiliated">State-affiliated</span>
        </>
      )}
    </>
  );
}

export function SourceList({ sources }: { sources: SourceView[] }) {
  return (
    <ul className="source-list">
      {sources.map((s) => (
        <li key={s.id}>
          <Link href={`/sources/${s.slug}`} className="source-name">
            {s.name}
          </Link>{" "}
          <span className="meta">
            ({kindLabel(s.kind)}
            {s.country ? `, ${countryLabel(s.country)}` : ""})
          </span>{" "}
          <ReaderSourceLabels reliability={s.reliability} stateAffiliated={s.stateAffiliated} />
          {s.reliabilityRationale && <p className="rationale">{s.reliabilityRationale}</p>}
        </li>
      ))}
    </ul>
  );
}

/** Links to a document: the original on its publisher's site, and our captured copy. */
export function DocumentLinks({ document }: { document: Pick<DocumentView, "url" | "capturedHref"> }) {
  return (
    <>
      {document.url && (
        <>
          {" "}
          ·{" "}
          <a href={document.url} rel="noopener noreferrer nofollow" className="print-url">
            original
          </a>
        </>
      )}
      {document.capturedHref && (
        <>
          {" "}
          ·{" "}
          <Link href={document.capturedHref} className="print-url">
            captured copy
          </Link>
        </>
      )}
    </>
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
          {d.publishedOn && (
            <>
              , <time dateTime={d.publishedOn}>{d.publishedOn}</time>
            </>
          )}
          <DocumentLinks document={d} />
          {d.archive && (
            <>
              {" "}
              ·{" "}
              <a href={d.archive.href} className="print-url">
                archived copy of {d.archive.finalUrl}, fetched <time dateTime={d.archive.fetchedOn}>{d.archive.fetchedOn}</time>
              </a>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
