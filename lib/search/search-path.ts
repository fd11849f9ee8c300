// A search as a path, so that its results page is cached like every reader page. A page
// that reads its query string is rendered for every request (about 8 ms of server time
// for a search page); a search, `/search?q=…`, is therefore answered at one path per
// search, `/search/results/<its fields, in one order, encoded>`, which Next caches for
// 10 s and expires at once on every instance when a brief is published, corrected or
// withdrawn (the `/` layout's revalidation). Readers keep the address they asked for.
import { isUnsafeUrl } from "@/lib/text/safe-text";

import { SEARCH_RESULTS_PATH } from "./search-results-path.mjs";

export { SEARCH_RESULTS_PATH };

/** The fields a search reads (lib/search/schemas.ts); any other is ignored. */
const FIELDS = ["q", "topic", "from", "to", "page"] as const;

/** Longer keys are searched per request, not cached: a key is part of a cache entry's name. */
const MAX_KEY_LENGTH = 600;

/** The search's fields, the first value of each and none empty, in one order: one search, one key. */
export function searchKey(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const field of FIELDS) {
    const value = params.get(field);
    if (value) kept.set(field, value);
  }
  return kept.toString();
}

/** Where a search's results are cached, or null when there is nothing to search for or the key is too long. */
export function searchResultsPath(params: URLSearchParams): string | null {
  const key = searchKey(params);
  if (!params.get("q")?.trim() || key.length > MAX_KEY_LENGTH) return null;
  return SEARCH_RESULTS_PATH + encodeURIComponent(key);
}

/**
 * The key back from a results path's segment, whether or not Next decoded it (a key
 * always has "=", its encoding never); null when it is not a key searchResultsPath
 * gives (fields out of order, unknown or empty, no words, too long), so that the
 * cached page cannot be filled with other addresses for the same search or with keys
 * past the bound.
 */
export function searchKeyFromSegment(segment: string): string | null {
  let key: string;
  try {
    key = segment.includes("=") ? segment : decodeURIComponent(segment);
  } catch {
    return null;
  }
  return searchResultsPath(new URLSearchParams(key)) === SEARCH_RESULTS_PATH + encodeURIComponent(key) ? key : null;
}

/**
 * Where a request for a search is answered: its cached results path, or null (another
 * page or method, nothing to search for, a key too long, or an address with NUL or
 * broken encoding, which the proxy refuses as it is). The server's request hook
 * (lib/security/request-start.ts) gives the request this address before Next reads it.
 *
 * Only for a page load: a navigation inside the app (a next or previous page of
 * results) fetches the page's data with an `rsc` header, and Next's router would show
 * the address it was answered at, /search/results/…, so such a fetch is answered by
 * /search itself, per request.
 */
export function searchRewrite(method: string | undefined, url: string | undefined, inAppNavigation = false): string | null {
  if (inAppNavigation || (method !== "GET" && method !== "HEAD") || !url?.startsWith("/search?")) return null;
  const parsed = new URL(url, "http://localhost");
  if (parsed.pathname !== "/search" || isUnsafeUrl(parsed)) return null;
  return searchResultsPath(parsed.searchParams);
}
