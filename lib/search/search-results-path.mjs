// @ts-check
// Where a search's cached results page lives (lib/search/search-path.ts). Plain
// JavaScript so that the cache handler (lib/db/shared-cache-handler.mjs), which Next
// loads with a bare import, reads the same value.
export const SEARCH_RESULTS_PATH = "/search/results/";
