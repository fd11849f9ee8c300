// Types for lib/db/cache-generation.mjs.
export function cacheGeneration(): number;
export function bumpCacheGeneration(): void;
