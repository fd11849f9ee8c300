// @ts-check
// Next's cache handler for pages and route handlers (next.config.js `cacheHandler`),
// plain JavaScript because Next loads it with a bare import at run time.
//
// It is Next's own file-system cache (entries in process memory, build output on
// disk) with two additions:
// 1. Shared invalidation. `revalidatePath`/`revalidateTag` on one instance reach
//    every instance on the same PostgreSQL: the tags are sent with NOTIFY on the
//    channel `briefdesk_cache`, and every process LISTENs on a dedicated connection
//    and expires the same tags in its own cache (Next then renders the page afresh on
//    its next request). The listener reconnects after an outage and then expires
//    every page, since notifications sent meanwhile are lost.
// 2. A script policy for cached pages. A cached page cannot carry a per-request
//    nonce, so each cached HTML page is stored with a second Content-Security-Policy
//    listing the SHA-256 of each inline script Next itself wrote into it
//    (lib/db/cached-page-scripts.mjs, lib/security/csp.ts).
// 3. Bounded growth. Only successful responses are kept: a not-found page or a
//    redirect is rendered for each request instead of being stored once per URL
//    (anyone can ask for endless URLs that do not exist), and the pages on disk are
//    bounded in number, least recently used first out (lib/db/route-cache-index.mjs,
//    BRIEFDESK_ROUTE_CACHE_MAX_ENTRIES).
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import pino from "pino";
import { bumpCacheGeneration } from "./cache-generation.mjs";
import { addScriptPolicy, turbopackBootstraps } from "./cached-page-scripts.mjs";
import { createRouteCacheIndex, isRouteCacheKey } from "./route-cache-index.mjs";

const require = createRequire(import.meta.url);
/** @type {any} */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

export const CHANNEL = "briefdesk_cache";
/** Every App Router page and route handler carries this implicit tag. */
export const EVERY_PAGE_TAG = "_N_T_/layout";
const RECONNECT_DELAY_MS = [250, 500, 1000, 2000, 5000];
const DEFAULT_MAX_ROUTE_CACHE_ENTRIES = 5000;

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

// Next's tag bookkeeping is per process (a module-level map), not per handler
// instance: Next makes a handler per request, any of them expires tags for all.
function expireLocally(tags, durations) {
  bumpCacheGeneration();
  return FileSystemCache.prototype.revalidateTag.call(Object.create(FileSystemCache.prototype), tags, durations);
}

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

/** Per build folder: the scripts Next may write and the bound on stored pages. */
const builds = new Map();
function buildState(serverDistDir) {
  let state = builds.get(serverDistDir);
  if (!state) {
    const maxEntries = Number(process.env.BRIEFDESK_ROUTE_CACHE_MAX_ENTRIES) || DEFAULT_MAX_ROUTE_CACHE_ENTRIES;
    state = {
      bootstraps: turbopackBootstraps(serverDistDir),
      index: createRouteCacheIndex({
        serverDistDir,
        maxEntries,
        onEvict: (key) => FileSystemCache.memoryCache?.remove(key),
      }),
    };
    builds.set(serverDistDir, state);
  }
  return state;
}

/** @param {string} key */
function reportForeignScripts(key) {
  return (scripts) =>
    logger.warn({ key, scripts: scripts.length }, "A cached page has inline scripts that are not Next's own; the page's policy does not allow them");
}

export default class SharedCacheHandler extends FileSystemCache {
  constructor(options) {
    super(options);
    sharedChannel();
    // Next also makes handlers with no build folder (e.g. for the proxy): nothing on disk to bound
    this.build = options.serverDistDir ? buildState(options.serverDistDir) : { bootstraps: new Set(), index: null };
  }

  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (entry?.value && !entry.value.headers?.["content-security-policy"]) {
      addScriptPolicy(entry.value, { bootstraps: this.build.bootstraps, onForeign: reportForeignScripts(key) });
    }
    if (entry && isRouteCacheKey(key)) this.build.index?.touch(key);
    return entry;
  }

  async set(key, data, ctx) {
    // the response being sent gets the policy too, stored or not
    addScriptPolicy(data, { bootstraps: this.build.bootstraps, onForeign: reportForeignScripts(key) });
    if (!isCacheable(data)) {
      // and an older entry for the URL (the page before it was withdrawn) must not be served
      FileSystemCache.memoryCache?.remove(key);
      if (isRouteCacheKey(key)) this.build.index?.remove(key);
      return;
    }
    await super.set(key, data, ctx);
    if (data && this.flushToDisk && isRouteCacheKey(key)) this.build.index?.add(key);
  }

  async revalidateTag(tags, durations) {
    bumpCacheGeneration();
    await super.revalidateTag(tags, durations);
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length > 0) await sharedChannel()?.publish(list, durations);
  }
}
