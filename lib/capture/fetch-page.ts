// Fetches a web page for capture without letting anyone make the server reach a
// non-public address (SSRF). Rules, each checked here:
// - http and https only, no user name or password in the address, ports 80 and 443
//   unless the operator allows more (BRIEFDESK_CAPTURE_ALLOWED_PORTS);
// - the host is checked after the WHATWG URL parser made it canonical (2130706433,
//   0x7f.1 and 0177.0.0.1 are all 127.0.0.1), a literal address directly, a name after
//   DNS resolution, and the socket connects to the address that was checked (the
//   lookup hands it only checked answers: no second resolution for a rebinding name);
// - redirects are followed by hand, at most 5, each new address checked the same way;
// - at most 5 MB (after decompression) and 15 s in all, enforced while streaming;
// - only text/html, application/xhtml+xml and text/plain.
// Loopback is allowed only by the test-only setting (lib/capture/capture-settings.ts).
import { request as httpRequest, type IncomingMessage, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";
import {
  addressLiteral,
  checkedLookup,
  isLoopbackAddress,
  isPublicAddress,
  NonPublicAddressError,
  systemResolver,
  type Resolver,
} from "@/lib/security/public-address";
import { CaptureError } from "./capture-error";

export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
export const FETCH_TIME_LIMIT_MS = 15_000;
export const MAX_REDIRECTS = 5;
export const CAPTURED_TYPES = ["text/html", "application/xhtml+xml", "text/plain"] as const;
export type CapturedType = (typeof CAPTURED_TYPES)[number];

export type FetchOptions = {
  /** test-only: let loopback addresses (127/8, ::1) through, on any port */
  allowLoopback?: boolean;
  /** ports allowed besides 80 and 443 */
  extraPorts?: readonly number[];
  resolve?: Resolver;
  signal?: AbortSignal;
  maxBytes?: number;
  timeoutMs?: number;
};

export type FetchedPage = {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  /** the media type, lower case, without parameters */
  contentType: CapturedType;
  /** the charset the body was decoded with */
  charset: string;
  /** the body exactly as received (after content-encoding is undone) */
  body: Buffer;
  fetchedAt: Date;
};

const PRIVATE = "That address is on a private network and cannot be fetched.";

/** Checks what can be checked before connecting; returns the URL to request. */
export function checkAddress(raw: string, options: Pick<FetchOptions, "allowLoopback" | "extraPorts"> = {}): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new CaptureError("Enter a web address that starts with http:// or https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new CaptureError("Only http:// and https:// addresses can be captured.");
  if (url.username || url.password) throw new CaptureError("Give the address without a user name or password in it.");
  const literal = addressLiteral(url.hostname);
  const loopbackAllowed = options.allowLoopback === true && literal !== undefined && isLoopbackAddress(literal);
  const name = url.hostname.toLowerCase().replace(/\.$/, "");
  if (!loopbackAllowed && (name === "localhost" || name.endsWith(".localhost"))) throw new CaptureError(PRIVATE);
  if (literal !== undefined && !loopbackAllowed && !isPublicAddress(literal)) throw new CaptureError(PRIVATE);
  const port = url.port === "" ? (url.protocol === "https:" ? 443 : 80) : Number(url.port);
  if (!loopbackAllowed && port !== 80 && port !== 443 && !(options.extraPorts ?? []).includes(port)) {
    throw new CaptureError(`Port ${port} is not allowed: only addresses on the usual web ports (80 and 443) can be captured.`);
  }
  url.hash = "";
  return url;
}

/** The media type and charset of a Content-Type header. */
export function parseContentType(header: string | undefined): { type: string; charset?: string } {
  const [type = "", ...params] = (header ?? "").split(";");
  const charset = params.map((p) => p.trim().match(/^charset\s*=\s*"?([^";\s]+)"?$/i)?.[1]).find(Boolean);
  return { type: type.trim().toLowerCase(), charset: charset?.toLowerCase() };
}

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv). */
function declaredCharset(head: Buffer): string | undefined {
  const text = head.subarray(0, 2048).toString("latin1");
  return text.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1]?.toLowerCase();
}

/** A decoder for `label`, or UTF-8 when the label is unknown. */
export function decoderFor(label: string | undefined): { decoder: TextDecoder; charset: string } {
  try {
    const decoder = new TextDecoder(label ?? "utf-8");
    return { decoder, charset: decoder.encoding };
  } catch {
    return { decoder: new TextDecoder("utf-8"), charset: "utf-8" };
  }
}

function abortMessage(cancel: AbortSignal | undefined, timeoutMs: number): CaptureError {
  if (cancel?.aborted) return new CaptureError("The capture was cancelled.");
  return new CaptureError(`The page did not finish loading within ${Math.round(timeoutMs / 1000)} seconds.`);
}

function get(url: URL, options: Required<Pick<FetchOptions, "resolve">> & FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const allowed = (address: string) => isPublicAddress(address) || (options.allowLoopback === true && isLoopbackAddress(address));
  const init: RequestOptions = {
    method: "GET",
    agent: false,
    signal,
    lookup: checkedLookup(allowed, options.resolve),
    headers: {
      "User-Agent": "Briefdesk-capture/1.0 (archiving a cited page)",
      Accept: "text/html, application/xhtml+xml, text/plain;q=0.9",
      "Accept-Encoding": "gzip, deflate, br",
    },
  };
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, init, resolve);
    req.on("error", reject);
    req.end();
  });
}

function decoded(response: IncomingMessage): Readable {
  switch ((response.headers["content-encoding"] ?? "").trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return response.pipe(createGunzip());
    case "deflate":
      return response.pipe(createInflate());
    case "br":
      return response.pipe(createBrotliDecompress());
    default:
      return response;
  }
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of decoded(response)) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      response.destroy();
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const tooLarge = (maxBytes: number) =>
  new CaptureError(`The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB and cannot be captured.`);

function networkError(error: unknown, url: URL): CaptureError {
  if (error instanceof CaptureError) return error;
  if (error instanceof NonPublicAddressError) return new CaptureError(PRIVATE);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new CaptureError(`${url.hostname} could not be found: check the address.`);
  if (code === "ECONNREFUSED") return new CaptureError(`${url.hostname} refused the connection.`);
  return new CaptureError(`The page could not be fetched from ${url.hostname}: the connection failed.`);
}

/** Fetches `raw` under the rules above; fails with a CaptureError whose message can be shown next to the field. */
export async function fetchPage(raw: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES;
  const timeoutMs = options.timeoutMs ?? FETCH_TIME_LIMIT_MS;
  const url = checkAddress(raw, options);
  // one controller for the time limit and the caller's cancel (a timer of our own:
  // AbortSignal.any over AbortSignal.timeout can be collected before it fires)
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const cancel = () => controller.abort();
  options.signal?.addEventListener("abort", cancel, { once: true });
  if (options.signal?.aborted) cancel();
  try {
    return await follow(url, options, controller.signal, { maxBytes, timeoutMs });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", cancel);
  }
}

async function follow(
  start: URL,
  options: FetchOptions,
  signal: AbortSignal,
  limits: { maxBytes: number; timeoutMs: number },
): Promise<FetchedPage> {
  const { maxBytes, timeoutMs } = limits;
  const settings = { ...options, resolve: options.resolve ?? systemResolver };
  let url = start;
  const requestedUrl = url.href;
  for (let redirects = 0; ; redirects++) {
    let response: IncomingMessage;
    try {
      response = await get(url, settings, signal);
    } catch (error) {
      if (signal.aborted) throw abortMessage(options.signal, timeoutMs);
      throw networkError(error, url);
    }
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.destroy();
      if (redirects >= MAX_REDIRECTS)
        throw new CaptureError(`The page redirects more than ${MAX_REDIRECTS} times; give its final address.`);
      const next = URL.canParse(location, url) ? new URL(location, url) : undefined;
      if (!next) throw new CaptureError("The page redirects to an address that is not valid.");
      url = checkAddress(next.href, options);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.destroy();
      throw new CaptureError(`The site answered with HTTP ${status} instead of the page.`);
    }
    const { type, charset } = parseContentType(response.headers["content-type"]);
    if (!(CAPTURED_TYPES as readonly string[]).includes(type)) {
      response.destroy();
      throw new CaptureError(
        type === "application/pdf"
          ? "PDF files cannot be captured yet: download the file and upload it, or paste its text."
          : `This address serves ${type || "a file of unknown type"}, not a web page: only HTML and plain text pages can be captured.`,
      );
    }
    try {
      const body = await readBody(response, maxBytes);
      const { charset: used } = decoderFor(charset ?? (type === "text/plain" ? undefined : declaredCharset(body)));
      return { requestedUrl, finalUrl: url.href, status, contentType: type as CapturedType, charset: used, body, fetchedAt: new Date() };
    } catch (error) {
      if (signal.aborted) throw abortMessage(options.signal, timeoutMs);
      if (error instanceof CaptureError) throw error;
      throw new CaptureError(`The page from ${url.hostname} could not be read: the connection broke off.`);
    }
  }
}
