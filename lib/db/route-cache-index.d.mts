// Types for lib/db/route-cache-index.mjs.
export const ROUTE_CACHE_PREFIX: string;
export function isRouteCacheKey(key: string): boolean;
export function createRouteCacheIndex(options: { serverDistDir: string; maxEntries: number; onEvict?: (key: string) => void }): {
  touch(key: string): void;
  add(key: string): void;
  remove(key: string): void;
  readonly size: number;
};
