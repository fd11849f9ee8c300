// @ts-check
// The script policy stored with a cached HTML page (see lib/security/csp.ts): the
// SHA-256 of each inline script that Next itself wrote into that page, and of nothing
// else. A cached page is the same bytes for everyone, so it cannot carry a nonce;
// hashing every inline script would also let through one that got into the HTML
// some other way (a hole in escaping, a tampered cache file). So a script is hashed
// only when it is one of the three that Next's App Router emits, checked exactly:
// 1. the flight-data bootstrap `(self.__next_f=self.__next_f||[]).push([0])`;
// 2. a flight-data chunk `self.__next_f.push([1,"…"])` (or `[3,"<base64>"]`) whose
//    data is the next piece of the page's own RSC payload, stored beside it: Next
//    streams that payload into the page in order, so the chunks, read in order, spell
//    it exactly, and a chunk that is not the next piece of it is not Next's;
// 3. Turbopack's chunk-group bootstrap of one of this build's pages, as Next writes it
//    from the build manifests (`(globalThis["TURBOPACK"] || …).push({...});`).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);

const FLIGHT_BOOTSTRAP = "(self.__next_f=self.__next_f||[]).push([0])";
const FLIGHT_CHUNK = /^self\.__next_f\.push\(([\s\S]*)\)$/;
const FLIGHT_DATA = 1;
const FLIGHT_BINARY = 3;
// `type` values browsers run as script; anything else (JSON-LD, templates) never runs
const SCRIPT_TYPE = /^(|module|(text|application)\/(java|ecma)script)$/i;

/** @param {string} code */
const sha256 = (code) => `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`;

/** @param {string} attributes */
function attribute(attributes, name) {
  const match = attributes.match(new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i"));
  return match ? (match[1] ?? match[2] ?? match[3] ?? "") : undefined;
}

/**
 * The data of a flight chunk script, or null when the script is not exactly one.
 * @param {string} code
 * @returns {Buffer | null}
 */
function flightChunk(code) {
  const call = code.match(FLIGHT_CHUNK);
  if (!call) return null;
  let args;
  try {
    args = JSON.parse(call[1] ?? "");
  } catch {
    return null;
  }
  if (!Array.isArray(args) || args.length !== 2 || typeof args[1] !== "string") return null;
  if (args[0] === FLIGHT_DATA) return Buffer.from(args[1], "utf8");
  if (args[0] === FLIGHT_BINARY) return Buffer.from(args[1], "base64");
  return null;
}

/**
 * Turbopack's chunk-group bootstrap script of every page of the build in
 * `serverDistDir`, computed by Next's own function from the same manifests it uses.
 * Empty for a webpack build, which writes no such script.
 * @param {string} serverDistDir
 * @returns {Set<string>}
 */
export function turbopackBootstraps(serverDistDir) {
  /** @type {Set<string>} */
  const scripts = new Set();
  let getTurbopackChunkGroupBootstrap;
  try {
    ({ getTurbopackChunkGroupBootstrap } = require("next/dist/server/get-page-files"));
  } catch {
    return scripts;
  }
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name === "build-manifest.json") {
        try {
          const manifest = JSON.parse(readFileSync(join(dir, entry.name), "utf8"));
          const params = manifest.pagesChunkGroupBootstrapParams ?? {};
          for (const page of Object.keys(params)) {
            const script = getTurbopackChunkGroupBootstrap(params, manifest.chunkLoadingGlobal, [page]);
            if (script) scripts.add(script);
          }
        } catch {
          // an unreadable manifest allows nothing
        }
      }
    }
  };
  walk(join(serverDistDir, "app"));
  return scripts;
}

/**
 * Sorts a page's executable inline scripts into Next's own (hashed) and the rest.
 * @param {string} html
 * @param {{ rscData?: Buffer | Uint8Array | null, bootstraps?: Set<string> }} [page]
 * @returns {{ hashes: string[], foreign: string[] }}
 */
export function classifyInlineScripts(html, { rscData, bootstraps = new Set() } = {}) {
  const hashes = new Set();
  /** @type {string[]} */
  const foreign = [];
  const payload = rscData ? Buffer.from(rscData.buffer, rscData.byteOffset, rscData.byteLength) : null;
  let offset = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? "";
    const code = match[2] ?? "";
    if (attribute(attributes, "src") !== undefined || !SCRIPT_TYPE.test(attribute(attributes, "type") ?? "")) continue;
    if (code === FLIGHT_BOOTSTRAP || bootstraps.has(code)) {
      hashes.add(sha256(code));
      continue;
    }
    const chunk = flightChunk(code);
    if (chunk && payload && offset + chunk.length <= payload.length && payload.subarray(offset, offset + chunk.length).equals(chunk)) {
      offset += chunk.length;
      hashes.add(sha256(code));
      continue;
    }
    foreign.push(code);
  }
  return { hashes: [...hashes], foreign };
}

/**
 * Stores the script policy with a cached HTML page (idempotent: computed afresh from
 * the page). `onForeign` hears of inline scripts that are not Next's: they will not run.
 * @template T
 * @param {T} value
 * @param {{ bootstraps?: Set<string>, onForeign?: (scripts: string[]) => void }} [options]
 * @returns {T}
 */
export function addScriptPolicy(value, { bootstraps, onForeign } = {}) {
  const page = /** @type {any} */ (value);
  if (page?.kind !== "APP_PAGE" || typeof page.html !== "string") return value;
  const { hashes, foreign } = classifyInlineScripts(page.html, { rscData: page.rscData, bootstraps });
  if (foreign.length > 0) onForeign?.(foreign);
  page.headers ??= {};
  page.headers["content-security-policy"] = ["script-src 'self'", ...hashes].join(" ") + "; script-src-attr 'none'";
  return value;
}
