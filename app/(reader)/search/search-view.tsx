// The search page for one search key (lib/search/search-path.ts): rendered per request
// at /search (no words yet, or a key too long to cache), cached per key at
// /search/results/<key>, where the server's request hook sends every other search.
import type { Metadata } from "next";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { loadSearchPage, type SearchPage as SearchPageData } from "@/lib/search/load-search-page";

// A search's results (and the topics offered) are kept for 10 s like every reader
// page, also where the page itself is rendered per request. The cache stores JSON:
// dates come back as strings and are revived.
const cachedSearch = unstable_cache((key: string) => loadSearchPage(Object.fromEntries(new URLSearchParams(key))), ["reader-search"], {
  revalidate: 10,
});
function revive(page: SearchPageData): SearchPageData {
  if (!page.result) return page;
  return { ...page, result: { ...page.result, items: page.result.items.map((i) => ({ ...i, publishedAt: new Date(i.publishedAt) })) } };
}
// generateMetadata and the page share one search per request.
const load = cache(async (key: string) => revive(await cachedSearch(key)));

export async function searchMetadata(key: string): Promise<Metadata> {
  const { result } = await load(key);
  if (!result?.searched) return { title: "Search", robots: { index: false } };
  const count = result.items.length === 0 ? "no results" : `${result.total.toLocaleString("en")}${result.more ? "+" : ""} results`;
  return { title: `“${result.params.q}”: ${count}`, robots: { index: false } };
}

export async function SearchView({ searchKey }: { searchKey: string }) {
  const { form, errors, result, topics } = await load(searchKey);
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
