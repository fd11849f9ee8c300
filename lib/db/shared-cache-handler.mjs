// @ts-check
// Next's cache handler for pages and route handlers (next.config.js `cacheHandler`),
// plain JavaScript because Next loads it with a bare import at run time. It implements
// Next's documented cache handler interface (get, set, revalidateTag,
// resetRequestCache) on its own, so a Next upgrade that changes Next's private
// file-system cache cannot break it:
// 1. Storage. Entries live in this process's memory, least recently used out beyond
//    Next's `cacheMaxMemorySize` (50 MB by default); pages (route-cache keys) are also
//    written to the build folder, so that a restart starts warm, bounded in number,
//    least recently used first out (lib/db/route-cache-index.mjs,
//    BRIEFDESK_ROUTE_CACHE_MAX_ENTRIES), searches' results pages excepted. A page Next
//    prerendered at build is rendered again on its first request.
// 2. Shared invalidation. `revalidatePath`/`revalidateTag` on one instance reach
//    every instance on the same PostgreSQL: the tags are sent with NOTIFY on the
//    channel `briefdesk_cache`, and every process LISTENs on a dedicated connection
//    and expires the same tags in its own cache (Next then renders the page afresh on
//    its next request). The listener reconnects after an outage and then expires
//    every page, since notifications sent meanwhile are lost. Every expiry also moves
//    the cache generation (lib/db/cache-generation.mjs) that caches outside Next's
//    follow (the API's stored brief JSON).
// 3. A script policy for cached pages. A cached page cannot carry a per-request
//    nonce, so each cached HTML page is stored with a second Content-Security-Policy
//    listing the SHA-256 of each inline script Next itself wrote into it
//    (lib/db/cached-page-scripts.mjs, lib/security/csp.ts).
// 4. Pages served as one byte per character: a stored page is rewritten once, on its
//    first serving, with every character above U+00FF as a reference that means the
//    same (lib/db/one-byte-page.mjs), because Node writes a long page with such a
//    character several times slower.
// 5. Bounded growth. Only successful responses are kept: a not-found page or a
//    redirect is rendered for each request instead of being stored once per URL
//    (anyone can ask for endless URLs that do not exist).
// For desks that outgrow one machine, the same interface is what a shared store
// (Redis through a kept handler library) plugs into: see the README.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import pino from "pino";
import { bumpCacheGeneration } from "./cache-generation.mjs";
import { addScriptPolicy, turbopackBootstraps } from "./cached-page-scripts.mjs";
import { oneBytePage } from "./one-byte-page.mjs";
import { SEARCH_RESULTS_PATH } from "../search/search-results-path.mjs";
import { createRouteCacheIndex, isRouteCacheKey } from "./route-cache-index.mjs";

export const CHANNEL = "briefdesk_cache";
/** Every App Router page and route handler carries this implicit tag. */
export const EVERY_PAGE_TAG = "_N_T_/layout";
const RECONNECT_DELAY_MS = [250, 500, 1000, 2000, 5000];
const DEFAULT_MAX_ROUTE_CACHE_ENTRIES = 5000;
const DEFAULT_MEMORY_BYTES = 50 * 1024 * 1024;
/** The response header where Next lists a page's cache tags, implicit path tags included. */
const TAGS_HEADER = "x-next-cache-tags";

// JSON lines like lib/log.ts (which is TypeScript, so not loadable here); only error
// messages are logged, never connection strings.
const logger = pino({ level: process.env.LOG_LEVEL || "info", timestamp: pino.stdTimeFunctions.isoTime }).child({ component: "cache" });
const defaultLog = { error: (msg, err) => logger.error({ err: err?.message ?? err }, msg) };

/**
 * One LISTEN connection per process. `onTags` gets the tags other processes
 * expired; `onReconnect` runs when the connection came back after a loss.
 */
export function createTagChannel({ connectionString, instanceId, onTags, onReconnect, log = defaultLog }) {
  /** @type {import("pg").Client | null} */
  let client = null;
  let attempt = 0;
  let everConnected = false;
  let closed = false;
  /** @type {Promise<void> | null} */
  let connecting = null;
  /** @type {Promise<unknown>} */
  let queue = Promise.resolve();

  async function connect() {
    const { default: pg } = await import("pg");
    const next = new pg.Client({ connectionString, application_name: "briefdesk-cache-listener" });
    next.on("notification", (message) => {
      try {
        const { from, tags, durations } = JSON.parse(message.payload ?? "{}");
        if (from !== instanceId && Array.isArray(tags)) onTags(tags, durations);
      } catch (error) {
        log.error("Unreadable cache invalidation message", error);
      }
    });
    const lost = () => {
      if (client !== next) return;
      client = null;
      next.removeAllListeners("end");
      next.end().catch(() => {});
      schedule();
    };
    next.on("error", lost);
    next.on("end", lost);
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      next.removeAllListeners("end");
      next.end().catch(() => {});
      throw error;
    }
    client = next;
    attempt = 0;
    if (everConnected) onReconnect();
    everConnected = true;
  }

  function schedule() {
    if (closed || connecting) return;
    const delay = RECONNECT_DELAY_MS[Math.min(attempt, RECONNECT_DELAY_MS.length - 1)];
    attempt += 1;
    setTimeout(start, delay).unref();
  }

  function start() {
    if (closed || client || connecting) return connecting ?? Promise.resolve();
    connecting = connect()
      .catch((error) => {
        if (!everConnected && attempt === 0) log.error("Cannot listen for cache invalidations; retrying", error);
        // a failed first connection still counts: when it works, everything cached meanwhile may be stale
        everConnected = true;
      })
      .finally(() => {
        connecting = null;
        if (!client) schedule();
      });
    return connecting;
  }

  return {
    start,
    /** Sends the tags to every other process; a failure is logged, never thrown. */
    async publish(tags, durations) {
      const payload = JSON.stringify({ from: instanceId, tags, durations });
      try {
        if (client) {
          // one query at a time on a pg client
          const listener = client;
          const sent = (queue = queue.then(() => listener.query("SELECT pg_notify($1, $2)", [CHANNEL, payload])));
          queue = sent.catch(() => {});
          await sent;
          return;
        }
        const { default: pg } = await import("pg");
        const once = new pg.Client({ connectionString });
        await once.connect();
        try {
          await once.query("SELECT pg_notify($1, $2)", [CHANNEL, payload]);
        } finally {
          await once.end();
        }
      } catch (error) {
        log.error("Could not send a cache invalidation to the other instances", error);
      }
    },
    async close() {
      closed = true;
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
    get listening() {
      return client !== null;
    },
  };
}

/** @type {ReturnType<typeof createTagChannel> | null} */
let channel = null;

/**
 * Off for the build and for the embedded database (one process only, and its
 * wire-protocol server takes one connection at a time).
 */
function sharedChannel() {
  if (channel) return channel;
  const url = process.env.DATABASE_URL;
  if (!url || process.env.BRIEFDESK_SHARED_CACHE === "off" || process.env.NEXT_PHASE === "phase-production-build") return null;
  channel = createTagChannel({
    connectionString: url,
    instanceId: randomUUID(),
    onTags: (tags, durations) => expireLocally(tags, durations),
    onReconnect: () => {
      logger.warn("Listening for cache invalidations again; every cached page is renewed on its next request");
      return expireLocally([EVERY_PAGE_TAG]);
    },
  });
  channel.start();
  return channel;
}

/**
 * Whether a rendered response may be stored: only successful ones (a page has no
 * status when it is 200), and no page rendered for one request.
 * @param {any} value
 */
export function isCacheable(value) {
  if (!value || !["APP_PAGE", "APP_ROUTE", "PAGES"].includes(value.kind)) return true;
  // A page whose scripts carry a request's nonce belongs to that request alone.
  if (typeof value.html === "string" && /<script\b[^>]*\snonce=/i.test(value.html)) return false;
  return value.status === undefined || value.status === null || (value.status >= 200 && value.status < 300);
}

// ---- tags: when each was last expired, in this process ----

/** @type {Map<string, { expired?: number, stale?: number }>} */
const tagTimes = new Map();

/**
 * Expires `tags` in this process: with no durations at once (revalidatePath,
 * updateTag), else stale now and expired after `durations.expire` seconds.
 * @param {string[]} tags
 * @param {{ expire?: number }} [durations]
 */
function expireLocally(tags, durations) {
  bumpCacheGeneration();
  const now = Date.now();
  for (const tag of tags) {
    const times = { ...tagTimes.get(tag) };
    if (durations) {
      times.stale = now;
      if (durations.expire !== undefined) times.expired = now + durations.expire * 1000;
    } else {
      times.expired = now;
    }
    tagTimes.set(tag, times);
  }
}

/** Whether a tag of an entry stored at `storedAt` was expired since (and the expiry is due). */
function tagsExpired(/** @type {string[]} */ tags, /** @type {number} */ storedAt) {
  const now = Date.now();
  return tags.some((tag) => {
    const expired = tagTimes.get(tag)?.expired;
    return expired !== undefined && expired > storedAt && expired <= now;
  });
}

/** The tags an entry answers to: a response's own (Next lists the implicit path tags there), a fetch's from the context. */
function entryTags(/** @type {any} */ value, /** @type {any} */ ctx) {
  if (value?.kind === "FETCH") return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" ? header.split(",") : [];
}

// ---- the in-memory store, least recently used out ----

/** @type {Map<string, { entry: CacheEntry, bytes: number }>} */
const memory = new Map();
let memoryBytes = 0;

/** @typedef {{ value: any, lastModified: number, cacheControl?: unknown, oneByte?: boolean }} CacheEntry */

function entryBytes(/** @type {any} */ value) {
  if (!value) return 64;
  let bytes = 256;
  if (typeof value.html === "string") bytes += value.html.length;
  if (value.rscData) bytes += value.rscData.byteLength ?? 0;
  if (value.body) bytes += value.body.byteLength ?? value.body.length ?? 0;
  if (value.segmentData) for (const buffer of value.segmentData.values()) bytes += buffer.byteLength ?? 0;
  if (value.kind === "FETCH") bytes += JSON.stringify(value.data ?? null).length;
  return bytes;
}

function forget(/** @type {string} */ key) {
  const held = memory.get(key);
  if (!held) return;
  memory.delete(key);
  memoryBytes -= held.bytes;
}

function remember(/** @type {string} */ key, /** @type {CacheEntry} */ entry, /** @type {number} */ maxBytes) {
  forget(key);
  const bytes = entryBytes(entry.value);
  if (maxBytes <= 0 || bytes > maxBytes) return;
  memory.set(key, { entry, bytes });
  memoryBytes += bytes;
  for (const oldest of memory.keys()) {
    if (memoryBytes <= maxBytes) break;
    forget(oldest);
  }
}

function recall(/** @type {string} */ key) {
  const held = memory.get(key);
  if (!held) return undefined;
  memory.delete(key);
  memory.set(key, held);
  return held.entry;
}

// ---- pages on disk (route-cache keys only): a restart starts warm ----

const META = ".meta";
const SEGMENTS = ".segments";
const SEGMENT = ".segment.rsc";

/** @param {string} dir @param {string} key @param {any} value @param {unknown} cacheControl @param {number} lastModified */
async function writeToDisk(dir, key, value, cacheControl, lastModified) {
  const base = join(dir, key);
  await mkdir(dirname(base), { recursive: true });
  const meta = {
    kind: value.kind,
    headers: value.headers,
    status: value.status,
    postponed: value.postponed,
    cacheControl,
    lastModified,
    segmentPaths: /** @type {string[] | undefined} */ (undefined),
  };
  if (value.kind === "APP_ROUTE") {
    await writeFile(base + ".body", value.body);
  } else {
    if (value.rscData) await writeFile(base + ".rsc", value.rscData);
    if (value.segmentData) {
      meta.segmentPaths = [];
      for (const [path, buffer] of value.segmentData) {
        meta.segmentPaths.push(path);
        const file = base + SEGMENTS + path + SEGMENT;
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, buffer);
      }
    }
  }
  await writeFile(base + META, JSON.stringify(meta));
  // the primary file last: its presence says the entry is complete
  if (value.kind === "APP_PAGE") await writeFile(base + ".html", value.html);
}

/** @returns {Promise<CacheEntry | undefined>} */
async function readFromDisk(/** @type {string} */ dir, /** @type {string} */ key) {
  const base = join(dir, key);
  try {
    const meta = JSON.parse(await readFile(base + META, "utf8"));
    if (meta.kind === "APP_ROUTE") {
      return {
        lastModified: meta.lastModified,
        cacheControl: meta.cacheControl,
        value: { kind: "APP_ROUTE", body: await readFile(base + ".body"), headers: meta.headers, status: meta.status },
      };
    }
    if (meta.kind !== "APP_PAGE") return undefined;
    const html = await readFile(base + ".html", "utf8");
    const rscData = await readFile(base + ".rsc").catch(() => undefined);
    /** @type {Map<string, Buffer> | undefined} */
    let segmentData;
    if (meta.segmentPaths) {
      segmentData = new Map();
      for (const path of meta.segmentPaths) segmentData.set(path, await readFile(base + SEGMENTS + path + SEGMENT));
    }
    return {
      lastModified: meta.lastModified,
      cacheControl: meta.cacheControl,
      value: { kind: "APP_PAGE", html, rscData, segmentData, postponed: meta.postponed, headers: meta.headers, status: meta.status },
    };
  } catch {
    return undefined;
  }
}

// ---- per build folder: the scripts Next may write and the bound on stored pages ----

const builds = new Map();
function buildState(/** @type {string} */ serverDistDir) {
  let state = builds.get(serverDistDir);
  if (!state) {
    const maxEntries = Number(process.env.BRIEFDESK_ROUTE_CACHE_MAX_ENTRIES) || DEFAULT_MAX_ROUTE_CACHE_ENTRIES;
    state = {
      bootstraps: turbopackBootstraps(serverDistDir),
      index: createRouteCacheIndex({ serverDistDir, maxEntries, onEvict: forget }),
    };
    builds.set(serverDistDir, state);
  }
  return state;
}

/** @param {string} key */
function reportForeignScripts(key) {
  return (/** @type {string[]} */ scripts) =>
    logger.warn(
      { key, scripts: scripts.length },
      "A cached page has inline scripts that are not Next's own; the page's policy does not allow them",
    );
}

/**
 * Next's cache handler interface (next.config.js `cacheHandler`): get, set,
 * revalidateTag, resetRequestCache. Next makes one per request; the store is the
 * process's.
 */
export default class SharedCacheHandler {
  /** @param {{ serverDistDir?: string, flushToDisk?: boolean, maxMemoryCacheSize?: number }} options */
  constructor(options = {}) {
    sharedChannel();
    this.serverDistDir = options.serverDistDir;
    this.flushToDisk = Boolean(options.flushToDisk && options.serverDistDir);
    this.maxMemoryBytes = options.maxMemoryCacheSize ?? DEFAULT_MEMORY_BYTES;
    // Next also makes handlers with no build folder (e.g. for the proxy): nothing on disk to bound
    this.build = options.serverDistDir ? buildState(options.serverDistDir) : { bootstraps: new Set(), index: null };
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    let entry = recall(key);
    if (!entry && this.serverDistDir && isRouteCacheKey(key)) {
      entry = await readFromDisk(this.serverDistDir, key);
      if (entry) remember(key, entry, this.maxMemoryBytes);
    }
    if (!entry) return null;
    if (tagsExpired(entryTags(entry.value, ctx), entry.lastModified)) return null;
    if (!entry.oneByte && typeof entry.value?.html === "string") {
      // once per stored page; its script policy is then computed from the page as served
      entry.oneByte = true;
      const html = oneBytePage(entry.value.html);
      if (html !== entry.value.html) {
        entry.value.html = html;
        delete entry.value.headers?.["content-security-policy"];
      }
    }
    if (entry.value && !entry.value.headers?.["content-security-policy"]) {
      addScriptPolicy(entry.value, { bootstraps: this.build.bootstraps, onForeign: reportForeignScripts(key) });
    }
    if (isRouteCacheKey(key)) this.build.index?.touch(key);
    return entry;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    // the response being sent gets the policy too, stored or not
    addScriptPolicy(data, { bootstraps: this.build.bootstraps, onForeign: reportForeignScripts(key) });
    if (!isCacheable(data)) {
      // and an older entry for the URL (the page before it was withdrawn) must not be served
      forget(key);
      if (isRouteCacheKey(key)) this.build.index?.remove(key);
      return;
    }
    const entry = { value: data, lastModified: Date.now(), cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl };
    remember(key, entry, this.maxMemoryBytes);
    const onDisk =
      this.flushToDisk &&
      this.serverDistDir &&
      data &&
      isRouteCacheKey(key) &&
      // searches' results pages stay in memory: anyone can ask for endless searches,
      // which must not push reader pages out of the disk's bound
      !key.includes(SEARCH_RESULTS_PATH) &&
      (data.kind === "APP_PAGE" || data.kind === "APP_ROUTE");
    if (!onDisk || ctx?.isFallback) return;
    try {
      await writeToDisk(/** @type {string} */ (this.serverDistDir), key, data, entry.cacheControl, entry.lastModified);
      this.build.index?.add(key);
    } catch (error) {
      logger.error({ err: /** @type {Error} */ (error).message, key }, "Could not write a cached page to disk");
    }
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    expireLocally(list, durations);
    await sharedChannel()?.publish(list, durations);
  }

  resetRequestCache() {}
}
