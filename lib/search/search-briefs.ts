// Full-text search for readers over what they can read: the latest visible
// publication of each brief that is not withdrawn (a scheduled one counts from its
// time; a next version being drafted is found by its published text). The words are
// read by PostgreSQL's websearch_to_tsquery, which accepts any text ("quoted phrases",
// or, -exclusions; stray punctuation is ignored; a query with no word to look for,
// only -exclusions, is refused, since no index can answer it), and matched against
// Publication."searchVector", a column generated from the snapshot (title weighted
// highest, then summary, then body and quotes) with a GIN index.
//
// Ranking every match of a word that most briefs contain would cost time in proportion
// to the archive, so the query ranks the SEARCH_WINDOW most recent matches: the index
// finds the matches, the visibility rules and filters keep the readable ones, and only
// that window is ranked; snippets are cut for one page. `total` counts the window
// (`more` says that it was full).
import { db, Prisma } from "@/lib/db/client";
import { parseIsoDay } from "@/lib/dates/precision";
import { AppError } from "@/lib/errors";
import type { BriefSnapshot, SnapshotQuote } from "@/lib/revisions/snapshot";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { SEARCH_PAGE_SIZE, SEARCH_WINDOW, searchParamsSchema, type SearchParams } from "./schemas";
import {
  HIGHLIGHT_START,
  HIGHLIGHT_STOP,
  highlightSegments,
  SNIPPET_BODY_MAX,
  snippetChunks,
  snippetSource,
  withoutSentinels,
  type SnippetSegment,
} from "./snippet";

export type SearchHit = {
  slug: string;
  title: string;
  /** the title with the matched words marked */
  titleSegments: SnippetSegment[];
  summary: string;
  publishedAt: Date;
  topics: { slug: string; name: string }[];
  /** a passage of the summary, body or quotes around the best match, matched words marked */
  snippet: SnippetSegment[];
  rank: number;
};

export type SearchResult = {
  params: SearchParams;
  /** false when there was nothing to search for (no words) */
  searched: boolean;
  /** true when the words were all too common to search for ("the", "and") or had no letters or digits */
  noSearchableWords: boolean;
  items: SearchHit[];
  /** matches in the ranked window */
  total: number;
  /** more briefs match than the window holds */
  more: boolean;
  page: number;
  pageSize: number;
  hasNext: boolean;
};

type Row = {
  slug: string;
  rank: number;
  total: number;
  publishedAt: Date;
  title: string;
  summary: string;
  topics: BriefSnapshot["topics"];
  body: string;
  quotes: Pick<SnapshotQuote, "text" | "speakerName">[];
};

const TITLE_OPTIONS = `HighlightAll=true, StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}"`;
const SNIPPET_OPTIONS = `MaxWords=40, MinWords=20, ShortWord=3, StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}"`;

export type SearchBriefsInput = UseCaseInput<typeof searchParamsSchema>;

export async function searchBriefs(input: SearchBriefsInput, now = new Date()): Promise<SearchResult> {
  const params = parseInput(searchParamsSchema, input);
  const empty = {
    params,
    searched: false,
    noSearchableWords: false,
    items: [],
    total: 0,
    more: false,
    page: params.page,
    pageSize: SEARCH_PAGE_SIZE,
    hasNext: false,
  };
  if (!params.q) return empty;

  if (!(await hasSearchableWords(params.q))) return { ...empty, searched: true, noSearchableWords: true };
  const rows = await findMatches(params, now);
  if (rows.length === 0) return { ...empty, searched: true };
  const total = rows[0]!.total;
  const page = rows.slice(0, SEARCH_PAGE_SIZE);
  const headlines = await cutHeadlines(params.q, page);
  return {
    ...empty,
    searched: true,
    items: page.map((row, i) => ({
      slug: row.slug,
      title: row.title,
      titleSegments: headlines[i]?.title ?? [{ text: row.title, highlight: false }],
      summary: row.summary,
      publishedAt: row.publishedAt,
      topics: row.topics,
      snippet: headlines[i]?.snippet ?? [],
      rank: row.rank,
    })),
    total,
    more: total >= SEARCH_WINDOW,
    hasNext: rows.length > SEARCH_PAGE_SIZE,
  };
}

function filters({ topic, from, to }: SearchParams): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  // "topicSlugs" is generated from the snapshot's topics, with a GIN index of its own.
  if (topic) conditions.push(Prisma.sql`AND p."topicSlugs" @> ${JSON.stringify([topic])}::jsonb`);
  if (from) conditions.push(Prisma.sql`AND p."publishedAt" >= ${parseIsoDay(from)}`);
  if (to) conditions.push(Prisma.sql`AND p."publishedAt" < ${new Date(parseIsoDay(to).getTime() + 86_400_000)}`);
  return conditions.length ? Prisma.join(conditions, " ") : Prisma.empty;
}

/** One page of the ranked window, one row more to tell whether a next page exists. */
async function findMatches(params: SearchParams, now: Date): Promise<Row[]> {
  const query = Prisma.sql`websearch_to_tsquery('english', ${params.q})`;
  // The match is written against the column itself, so that the planner can use the
  // GIN index for a rare word, or walk publishedAt newest first for a word most briefs
  // contain, stopping once the window is full. The visibility rule is the readers' one
  // (lib/publishing/visible-publication.ts), written as correlated subqueries kept from
  // becoming joins (OFFSET 0): each is one index probe for a matching row, where a join
  // would be planned as a scan of the whole table (in parallel, at 100,000 briefs).
  return db().$queryRaw<Row[]>`
    WITH recent_matches AS (
      SELECT p.id, p."publishedAt", p."searchVector"
      FROM "Publication" p
      WHERE p."searchVector" @@ ${query}
        AND p."publishedAt" <= ${now}
        AND NOT EXISTS (SELECT 1 FROM "Brief" b WHERE b.id = p."briefId" AND b."withdrawnAt" IS NOT NULL OFFSET 0)
        AND NOT EXISTS (
          SELECT 1 FROM "Publication" newer
          WHERE newer."briefId" = p."briefId" AND newer.version > p.version AND newer."publishedAt" <= ${now}
          OFFSET 0
        )
        ${filters(params)}
      ORDER BY p."publishedAt" DESC, p.id
      LIMIT ${SEARCH_WINDOW}
    ), page AS (
      SELECT id, "publishedAt", ts_rank("searchVector", ${query}, 1) AS rank, count(*) OVER () AS total
      FROM recent_matches
      ORDER BY rank DESC, "publishedAt" DESC, id
      LIMIT ${SEARCH_PAGE_SIZE + 1} OFFSET ${(params.page - 1) * SEARCH_PAGE_SIZE}
    )
    SELECT b.slug, page.rank::float8 AS rank, page.total::int AS total, page."publishedAt",
      p.snapshot ->> 'title' AS title, p.snapshot ->> 'summary' AS summary, p.snapshot -> 'topics' AS topics,
      left(p.snapshot ->> 'body', ${SNIPPET_BODY_MAX}) AS body, p.snapshot -> 'quotes' AS quotes
    FROM page
    JOIN "Publication" p ON p.id = page.id
    JOIN "Brief" b ON b.id = p."briefId"
    ORDER BY page.rank DESC, page."publishedAt" DESC, page.id`;
}

export const ONLY_EXCLUSIONS_MESSAGE = "Add a word to look for: a search cannot consist only of words to leave out (-word).";

/**
 * False when the words were all too common or only punctuation. A query the index
 * cannot answer (only -exclusions, or "or -word") would read every publication:
 * querytree() is then "T", and it is refused.
 */
async function hasSearchableWords(q: string): Promise<boolean> {
  const [row] = await db().$queryRaw<{ nodes: number; indexed: string }[]>`
    SELECT numnode(query)::int AS nodes, querytree(query) AS indexed FROM websearch_to_tsquery('english', ${q}) AS query`;
  if (!row || row.nodes === 0) return false;
  if (row.indexed === "T") throw new AppError("invalid", ONLY_EXCLUSIONS_MESSAGE, { q: [ONLY_EXCLUSIONS_MESSAGE] });
  return true;
}

/** A lexeme as tsquery's text form writes it: quoted, quotes inside doubled. */
const LEXEME = "('(?:[^']|'')*')";
/** Words marked in one snippet, at most (a query has at most MAX_QUERY_LENGTH characters). */
const MARKED_WORDS = 64;

/**
 * The title with every match marked and a snippet of the rest, for each row, by
 * ts_headline over the first chunk of the snippet source that matches (./snippet).
 *
 * ts_headline marks the words of `marks`: the distinct words the query looks for, any
 * of them, not the query itself. Its search for the passage that best satisfies a
 * phrase or an AND is exponential in the words repeated: a phrase of 12 identical
 * words ("x_x_x_…", also what "x-x-x-…" becomes) over 600 of them ran a PostgreSQL
 * backend out of memory (1.5 GB), 500 ANDed ran past 20 s; as an OR of distinct words
 * it takes milliseconds. Which passage matches is still decided by the query itself.
 */
async function cutHeadlines(q: string, rows: Row[]): Promise<{ title: SnippetSegment[]; snippet: SnippetSegment[] }[]> {
  const texts = rows.map((row) => ({ title: withoutSentinels(row.title), chunks: snippetChunks(snippetSource(row)) }));
  const headlines = await db().$queryRaw<{ title: string; snippet: string }[]>`
    SELECT ts_headline('english', t.title, q.marks, ${TITLE_OPTIONS}) AS title,
           ts_headline('english', COALESCE(
             (SELECT c.chunk FROM jsonb_array_elements_text(t.chunks) WITH ORDINALITY AS c(chunk, i)
              WHERE to_tsvector('english', c.chunk) @@ q.query ORDER BY c.i LIMIT 1),
             t.chunks ->> 0), q.marks, ${SNIPPET_OPTIONS}) AS snippet
    FROM ROWS FROM (jsonb_to_recordset(${JSON.stringify(texts)}::jsonb) AS (title text, chunks jsonb)) WITH ORDINALITY AS t(title, chunks, n)
    CROSS JOIN (
      SELECT query, COALESCE((
        SELECT string_agg(lexeme, ' | ')::tsquery
        FROM (SELECT DISTINCT m[1] AS lexeme FROM regexp_matches(querytree(query), ${LEXEME}, 'g') AS m LIMIT ${MARKED_WORDS}) AS words
      ), query) AS marks
      FROM websearch_to_tsquery('english', ${q}) AS query
    ) AS q
    ORDER BY t.n`;
  return headlines.map((h, i) => {
    const title = highlightSegments(h.title);
    // ts_headline drops anything that looks like an HTML tag; a title is shown whole.
    const intact =
      title
        .map((s) => s.text)
        .join("")
        .replace(/\s+/g, " ")
        .trim() === texts[i]!.title.replace(/\s+/g, " ").trim();
    return { title: intact ? title : [{ text: rows[i]!.title, highlight: false }], snippet: highlightSegments(h.snippet) };
  });
}
