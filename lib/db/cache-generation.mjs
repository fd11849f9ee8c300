// @ts-check
// A counter that moves whenever cached reader content may have changed: every
// revalidatePath/revalidateTag of this process or, through the shared cache handler's
// NOTIFY channel, of any other instance (lib/db/shared-cache-handler.mjs), and every
// publish, withdrawal or cancelled schedule of this process (lib/publishing). Caches
// Next does not manage (the public API's stored brief JSON, lib/api/stored-brief-json.ts)
// keep the generation they were filled in and are stale once it moved.
//
// On globalThis: Next loads the cache handler and bundles each route as separate
// module copies, which must all see one counter.
const KEY = Symbol.for("briefdesk.cacheGeneration");

/** @returns {{ value: number }} */
function state() {
  const global = /** @type {Record<symbol, { value: number } | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (global[KEY] ??= { value: 0 });
}

/** The current generation. */
export function cacheGeneration() {
  return state().value;
}

/** Marks everything cached so far as stale. */
export function bumpCacheGeneration() {
  state().value += 1;
}
