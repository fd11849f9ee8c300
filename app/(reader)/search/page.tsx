import type { Metadata } from "next";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { loadSearchPage, type SearchPage as SearchPageData } from "@/lib/search/load-search-page";

// Results depend on the query string: rendered for each request.
export const dynamic = "force-dynamic";

type QueryString = Record<string, string | string[] | undefined>;
type Props = { searchParams: Promise<QueryString> };

// The page renders per request, but a query's results (and the topics offered) are
// kept for 10 s like every reader page, so a popular search costs the database once
// per 10 s. The cache stores JSON: dates come back as strings and are revived.
const cachedSearch = unstable_cache((query: string) => loadSearchPage(Object.fromEntries(new URLSearchParams(query))), ["reader-search"], {
  revalidate: 10,
});
function revive(page: SearchPageData): SearchPageData {
  if (!page.result) return page;
  return { ...page, result: { ...page.result, items: page.result.items.map((i) => ({ ...i, publishedAt: new Date(i.publishedAt) })) } };
}
// generateMetadata and the page share one search per request (keyed by the query string).
const load = cache(async (query: string) => revive(await cachedSearch(query)));
const key = (params: QueryString) =>
  new URLSearchParams(
    Object.entries(params).flatMap(([k, v]) =>
      typeof v === "string" ? [[k, v]] : Array.isArray(v) && v[0] !== undefined ? [[k, v[0]]] : [],
    ),
  ).toString();

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { result } = await load(key(await searchParams));
  if (!result?.searched) return { title: "Search", robots: { index: false } };
  const count = result.items.length === 0 ? "no results" : `${result.total.toLocaleString("en")}${result.more ? "+" : ""} results`;
  return { title: `“${result.params.q}”: ${count}`, robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const { form, errors, result, topics } = await load(key(await searchParams));
  const href = (changes: Record<string, string | null>) => {
    const query = new URLSearchParams(Object.entries({ ...form, ...changes }).filter((e): e is [string, string] => Boolean(e[1])));
    return `/search?${query.toString()}`;
  };
  return (
    <>
      <h1>Search</h1>
      <SearchForm values={form} errors={errors} topics={topics} />
      {result?.searched && (
        <SearchResults
          query={result.params.q}
          items={result.items}
          total={result.total}
          more={result.more}
          page={result.page}
          pageSize={result.pageSize}
          noSearchableWords={result.noSearchableWords}
          previousHref={result.page > 1 ? href({ page: result.page > 2 ? String(result.page - 1) : null }) : null}
          nextHref={result.hasNext ? href({ page: String(result.page + 1) }) : null}
          withoutFiltersHref={form.topic || form.from || form.to ? href({ topic: null, from: null, to: null }) : null}
        />
      )}
    </>
  );
}
