import Link from "next/link";
import { formatDay } from "../format";
import { HighlightedText } from "./highlighted-text";

type Segments = { text: string; highlight: boolean }[];

export type SearchHitView = {
  slug: string;
  titleSegments: Segments;
  snippet: Segments;
  publishedAt: Date;
  topics: { slug: string; name: string }[];
};

type Props = {
  query: string;
  items: SearchHitView[];
  total: number;
  more: boolean;
  page: number;
  pageSize: number;
  noSearchableWords: boolean;
  /** links to the neighbouring pages, and to the same words without topic and dates when some were given */
  previousHref: string | null;
  nextHref: string | null;
  withoutFiltersHref: string | null;
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** What a search found: a count announced to screen readers, the briefs with their matches marked, and pages. */
export function SearchResults(props: Props) {
  const { query, items, total, more, page, pageSize } = props;
  if (items.length === 0) return <NoResults {...props} />;
  const first = (page - 1) * pageSize + 1;
  const count = more ? `More than ${plural(total, "brief", "briefs")} match` : `${plural(total, "brief matches", "briefs match")}`;
  return (
    <section aria-labelledby="results-heading" className="search-results">
      <h2 id="results-heading">Results</h2>
      <p role="status" className="result-count">
        {count} “{query}”{total > pageSize && `; showing ${first}–${first + items.length - 1}`}.
        {more && " The best matches among the most recent are shown first; add words or filters to narrow the search."}
      </p>
      <ol className="brief-list" start={first}>
        {items.map((item) => (
          <li key={item.slug}>
            <article>
              <h3>
                <Link href={`/briefs/${item.slug}`}>
                  <HighlightedText segments={item.titleSegments} />
                </Link>
              </h3>
              <p className="snippet">
                <HighlightedText segments={item.snippet} />
              </p>
              <p className="meta">
                <time dateTime={item.publishedAt.toISOString()}>{formatDay(item.publishedAt)}</time>
                {item.topics.length > 0 && <> · {item.topics.map((t) => t.name).join(", ")}</>}
              </p>
            </article>
          </li>
        ))}
      </ol>
      {(props.previousHref || props.nextHref) && (
        <nav aria-label="Result pages" className="pages">
          {props.previousHref && (
            <Link href={props.previousHref} rel="prev">
              ← Previous page
            </Link>
          )}
          <span>Page {page}</span>
          {props.nextHref && (
            <Link href={props.nextHref} rel="next">
              Next page →
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}

function NoResults({ query, page, noSearchableWords, previousHref, withoutFiltersHref }: Props) {
  return (
    <section aria-labelledby="results-heading" className="search-results">
      <h2 id="results-heading">Results</h2>
      {page > 1 ? (
        <p role="status" className="result-count">
          No more briefs match “{query}” after page {page - 1}. {previousHref && <Link href={previousHref}>Back to page {page - 1}</Link>}
        </p>
      ) : noSearchableWords ? (
        <p role="status" className="result-count">
          “{query}” has only very common words or no words at all, so there is nothing to search for. Try a name, a place or a more specific
          word.
        </p>
      ) : (
        <>
          <p role="status" className="result-count">
            No briefs match “{query}”.
          </p>
          <ul className="suggestions">
            <li>Check the spelling, or try another form of the word.</li>
            <li>Use fewer words: every word has to be in a brief for it to match.</li>
            <li>
              Write <kbd>or</kbd> between words that may stand for each other, such as <kbd>Kyiv or Kiev</kbd>.
            </li>
            {withoutFiltersHref && (
              <li>
                <Link href={withoutFiltersHref}>Search all topics and dates</Link>.
              </li>
            )}
            <li>
              <Link href="/">Browse the latest briefs</Link>.
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
