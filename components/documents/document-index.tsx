import Link from "next/link";
import { formatDay } from "../format";

export type DocumentIndexEntry = {
  id: string;
  title: string;
  author: string | null;
  /** YYYY-MM-DD */
  publishedOn: string | null;
  createdAt: Date;
  publisher: string;
};

/** Stored documents, newest first, each linking to its page. */
export function DocumentIndex({ documents, query }: { documents: DocumentIndexEntry[]; query?: string }) {
  if (documents.length === 0) {
    return <p>{query ? <>No document has “{query}” in its title.</> : "No documents yet."}</p>;
  }
  return (
    <ul className="document-index">
      {documents.map((document) => (
        <li key={document.id}>
          <Link href={`/desk/documents/${document.id}`} className="document-title">
            {document.title}
          </Link>
          <p className="meta">
            {document.publisher}
            {document.author && <>, {document.author}</>}
            {document.publishedOn && (
              <>
                , <time dateTime={document.publishedOn}>{formatDay(document.publishedOn)}</time>
              </>
            )}
            {" · added "}
            {formatDay(document.createdAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Search by title: a plain GET form, so results have an address. */
export function DocumentSearch({ query }: { query?: string }) {
  return (
    <form role="search" action="/desk/documents" className="document-search">
      <label htmlFor="document-search">Search titles</label>
      <input id="document-search" name="q" type="search" defaultValue={query} maxLength={200} />
      <button type="submit" className="secondary">
        Search
      </button>
    </form>
  );
}
