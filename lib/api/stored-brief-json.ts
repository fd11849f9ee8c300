// The public API's answer for one brief, produced once and served from memory with
// its stored ETag. A publication is immutable, so the answer (its JSON text and that
// text's sha-256) only changes when readers' view of the brief changes: a publish,
// correction, withdrawal or cancelled schedule, which move the cache generation on
// every instance (lib/db/cache-generation.mjs), or a scheduled publication going live,
// whose time the entry knows. As a safety net for changes made behind the app's back
// (a restore, a fix in SQL), an entry also lives at most STORED_TTL_MS, as long as a
// reader page before Next renders it afresh.
//
// Bounded: at most MAX_ENTRIES answers and MAX_BYTES of text, least recently used out.
// Not-found answers are not stored (anyone can ask for endless slugs).
import { createHash } from "node:crypto";
import { cacheGeneration } from "@/lib/db/cache-generation.mjs";
import { nextScheduledPublication } from "@/lib/publishing/next-scheduled-publication";
import { getApiBrief } from "./read-briefs";
import type { StoredResult } from "./route";

export const STORED_TTL_MS = 10_000;
const MAX_ENTRIES = 5_000;
const MAX_BYTES = 64 * 1024 * 1024;

type Entry = StoredResult & { generation: number; expiresAt: number; bytes: number };

/** Insertion order is recency: the first key is the least recently used. */
const entries = new Map<string, Entry>();
let totalBytes = 0;

function drop(slug: string): void {
  const entry = entries.get(slug);
  if (!entry) return;
  entries.delete(slug);
  totalBytes -= entry.bytes;
}

/** The stored answer for `slug`, when there is a current one. */
export function storedApiBrief(slug: string, now = Date.now()): StoredResult | undefined {
  const entry = entries.get(slug);
  if (!entry) return undefined;
  if (entry.generation !== cacheGeneration() || now >= entry.expiresAt) {
    drop(slug);
    return undefined;
  }
  entries.delete(slug);
  entries.set(slug, entry);
  return entry;
}

/** Produces the answer for `slug` from the database and stores it (a 404 is thrown, not stored). */
export async function loadApiBrief(slug: string, now = new Date()): Promise<StoredResult> {
  const generation = cacheGeneration();
  const [result, scheduled] = await Promise.all([getApiBrief(slug), nextScheduledPublication(slug, now)]);
  // kept as the bytes sent, so that no request encodes the text again
  const json = Buffer.from(JSON.stringify(result.body));
  const stored: StoredResult = { status: result.status ?? 200, json, etag: `"${createHash("sha256").update(json).digest("base64url")}"` };
  // an invalidation while this was read: the answer may already be old, serve it once
  if (generation !== cacheGeneration()) return stored;
  const expiresAt = Math.min(now.getTime() + STORED_TTL_MS, scheduled?.getTime() ?? Infinity);
  const bytes = json.byteLength;
  drop(slug);
  if (bytes > MAX_BYTES) return stored;
  entries.set(slug, { ...stored, generation, expiresAt, bytes });
  totalBytes += bytes;
  for (const oldest of entries.keys()) {
    if (entries.size <= MAX_ENTRIES && totalBytes <= MAX_BYTES) break;
    drop(oldest);
  }
  return stored;
}

/** For tests: how many answers are stored. */
export function storedApiBriefCount(): number {
  return entries.size;
}
