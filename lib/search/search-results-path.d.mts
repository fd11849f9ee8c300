// Types for lib/search/search-results-path.mjs.
export const SEARCH_RESULTS_PATH: "/search/results/";
