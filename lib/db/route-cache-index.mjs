// @ts-check
// A bound on the pages Next keeps on disk under `.next/server/route-cache`: one entry
// (an .html or .body file with its .meta, .rsc and .segments) per URL, written on the
// first request of each URL and, in Next's own handler, never removed. Anyone could
// fill the disk by asking for URLs that do not exist. This index knows the entries in
// the order they were last used, and removes the least recently used one whenever
// there are more than `maxEntries`. It is per process: instances that share one
// build folder each keep their own bound.
import { readdirSync, rmSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const ROUTE_CACHE_PREFIX = "/route-cache/";
const PRIMARY = /\.(html|body)$/;
const FILE_SUFFIXES = [".html", ".body", ".meta", ".rsc", ".json", ".prefetch.rsc"];
const SEGMENTS_SUFFIX = ".segments";

/** @param {string} key */
export const isRouteCacheKey = (key) => key.startsWith(ROUTE_CACHE_PREFIX);

/**
 * @param {{ serverDistDir: string, maxEntries: number, onEvict?: (key: string) => void }} options
 */
export function createRouteCacheIndex({ serverDistDir, maxEntries, onEvict }) {
  /** Insertion order is recency: the first key is the least recently used. */
  /** @type {Map<string, true>} */
  const keys = new Map();

  /** @param {string} key */
  function removeFiles(key) {
    const base = join(serverDistDir, key);
    for (const suffix of FILE_SUFFIXES) rmSync(base + suffix, { force: true });
    rmSync(base + SEGMENTS_SUFFIX, { recursive: true, force: true });
  }

  /** The entries already on disk (from before a restart), oldest first. */
  function seed() {
    /** @type {{ key: string, mtime: number }[]} */
    const found = [];
    const walk = (dir) => {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!entry.name.endsWith(SEGMENTS_SUFFIX)) walk(path);
        } else if (PRIMARY.test(entry.name)) {
          const key = "/" + relative(serverDistDir, path).split(sep).join("/").replace(PRIMARY, "");
          try {
            found.push({ key, mtime: statSync(path).mtimeMs });
          } catch {
            // removed meanwhile
          }
        }
      }
    };
    walk(join(serverDistDir, ROUTE_CACHE_PREFIX));
    found.sort((a, b) => a.mtime - b.mtime);
    for (const { key } of found) keys.set(key, true);
    evictOverflow();
  }

  function evictOverflow() {
    while (keys.size > maxEntries) {
      const oldest = keys.keys().next().value;
      if (oldest === undefined) return;
      keys.delete(oldest);
      removeFiles(oldest);
      onEvict?.(oldest);
    }
  }

  seed();

  return {
    /** A cached entry was read: it becomes the most recently used. */
    touch(/** @type {string} */ key) {
      if (!keys.has(key)) return;
      keys.delete(key);
      keys.set(key, true);
    },
    /** An entry was written; the least recently used ones beyond the bound go. */
    add(/** @type {string} */ key) {
      keys.delete(key);
      keys.set(key, true);
      evictOverflow();
    },
    /** An entry that must not stay (e.g. a page that is now not found). */
    remove(/** @type {string} */ key) {
      keys.delete(key);
      removeFiles(key);
    },
    get size() {
      return keys.size;
    },
  };
}
