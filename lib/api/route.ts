// The two kinds of API route handler, so that the handlers in app/api/v1 stay one
// call each:
// - publicRoute: no authentication, published content only; rate-limited per address
//   (every request in this instance's memory, work that reads the database also in the
//   limit all instances share, lib/api/rate-limit.ts); answers carry CORS headers (GET
//   from anywhere), a short public Cache-Control and an ETag (the body's sha-256), and
//   If-None-Match gets 304. A route with a stored answer (`stored`) serves it as it is,
//   with the ETag stored with it.
// - tokenRoute: a bearer API token is the only credential (a session cookie is
//   ignored, so no cross-site request can act for a signed-in user and the API needs
//   no CSRF defence); rate-limited per address and per token; never cached.
// Every AppError is answered through errorResponse.
import { env } from "@/lib/env";
import { createHash } from "node:crypto";
import { revalidateAll, type Revalidation } from "@/lib/forms/revalidate";
import type { Actor } from "@/lib/auth/policy";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { AppError } from "@/lib/errors";
import { loggerFor } from "@/lib/log";
import { unsafeTextFields } from "@/lib/text/safe-text";
import { apiError, errorResponse } from "./error-response";
import { clientAddress } from "@/lib/security/client-address";
import { limitAddress, limitAddressInMemory, limitToken } from "./rate-limit";

type Params = Record<string, string | string[] | undefined>;
/** Next passes no params to a route without dynamic segments. */
type RouteContext = { params?: Promise<Params> };

export const PUBLIC_CACHE_CONTROL = "public, max-age=10, stale-while-revalidate=30";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, Content-Type",
  "Access-Control-Expose-Headers": "ETag, Retry-After",
  "Access-Control-Max-Age": "86400",
} as const;

/** What a public read answers: a body, with 200 unless said otherwise (410 for a withdrawn brief). */
export type PublicResult = { status?: number; body: unknown } | StoredResult;
/** An answer produced once: its JSON, encoded, and ETag (lib/api/stored-brief-json.ts). */
export type StoredResult = { status: number; json: Uint8Array<ArrayBuffer>; etag: string };

export type PublicInput = { params: Record<string, string>; query: URLSearchParams };

const stringParams = (params: Params) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : (v ?? "")]));

/** The path's params, refused (400) when one holds NUL or a lone surrogate; the proxy refuses such URLs first. */
async function safeParams(context: RouteContext, query?: URLSearchParams): Promise<Record<string, string>> {
  const params = stringParams((await context?.params) ?? {});
  const unsafe = unsafeTextFields({ ...params, ...(query && Object.fromEntries(query)) });
  if (Object.keys(unsafe).length > 0)
    throw new AppError("invalid", "The address contains a character it cannot have (NUL, or a broken character).", unsafe);
  return params;
}

function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === etag;
  });
}

export function publicRoute(
  load: (input: PublicInput) => Promise<PublicResult>,
  { stored }: { stored?: (input: PublicInput) => StoredResult | undefined } = {},
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const address = clientAddress(request.headers, env().TRUSTED_PROXY_HOPS);
      await limitAddressInMemory(address);
      const query = new URL(request.url).searchParams;
      const input = { params: await safeParams(context, query), query };
      let result: PublicResult | undefined = stored?.(input);
      if (!result) {
        await limitAddress(address);
        result = await load(input);
      }
      const text = "json" in result ? result.json : JSON.stringify(result.body);
      const etag = "etag" in result ? result.etag : `"${createHash("sha256").update(text).digest("base64url")}"`;
      const headers = new Headers({ ...CORS_HEADERS, "Cache-Control": PUBLIC_CACHE_CONTROL, ETag: etag, Vary: "Accept-Encoding" });
      if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
      headers.set("Content-Type", "application/json; charset=utf-8");
      return new Response(text, { status: result.status ?? 200, headers });
    } catch (error) {
      return errorResponse(error, { headers: CORS_HEADERS, log: loggerFor(request) });
    }
  };
}

/** The answer to a CORS preflight of a public route. */
export async function preflight(): Promise<Response> {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/** What a token route's request holds: the token's user, the JSON body (an object) and the path's params. */
export type TokenRequest = { actor: Actor; body: JsonObject; params: Record<string, string> };

type JsonObject = Record<string, unknown>;

/** A use case as a route calls it: the actor first, then its input. */
type UseCase<I, R> = (actor: Actor | null, input: I) => Promise<R>;

type TokenOptions<I, R> = {
  /**
   * The use case's input from the request; the body as it is when not given. What the
   * client sent is not trusted for being typed here: the use case parses its input.
   */
  input?: (request: TokenRequest) => JsonObject | Promise<JsonObject>;
  /** the answer's body; the use case's result when not given */
  answer?: (result: R, input: I) => unknown;
  /** pages of the site that show what changed */
  revalidate?: (result: R) => Revalidation[];
  status?: number;
};

function bearerToken(request: Request): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  if (!match)
    throw new AppError(
      "unauthenticated",
      "Send an API token as `Authorization: Bearer <token>`. Create one in the desk under Your account → API tokens.",
    );
  return match[1]!;
}

/**
 * The largest JSON body the API reads: room for a 2 MB document's text escaped in JSON,
 * and below the 10 MB Next hands on whole (a longer body arrives cut short, and would
 * otherwise read as broken JSON).
 */
export const MAX_API_BODY_BYTES = 5 * 1024 * 1024;
const TOO_LARGE = "The request body is too large: send at most 5 MB.";

class BodyTooLarge extends Error {}

async function readBody(request: Request): Promise<JsonObject> {
  if (request.method === "GET" || request.method === "DELETE") return {};
  if (Number(request.headers.get("content-length") ?? 0) > MAX_API_BODY_BYTES) throw new BodyTooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_API_BODY_BYTES) throw new BodyTooLarge();
  if (text.trim() === "") return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("invalid", "The request body is not valid JSON.", { body: ["Send a JSON object."] });
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("invalid", "The request body must be a JSON object.", { body: ["Send a JSON object."] });
  }
  return body as JsonObject;
}

export function tokenRoute<I, R>(useCase: UseCase<I, R>, options: TokenOptions<I, R> = {}) {
  const { status = 200 } = options;
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const address = clientAddress(request.headers, env().TRUSTED_PROXY_HOPS);
      await limitAddressInMemory(address);
      await limitAddress(address);
      const actor = await authenticateApiToken(bearerToken(request));
      await limitToken(actor.tokenId);
      const params = await safeParams(context);
      const body = await readBody(request);
      // The one place where the API's JSON meets a use case's input type: the use case
      // parses it (zod) before anything else, so the type is checked where it is kept.
      const input = ((await options.input?.({ actor, body, params })) ?? body) as I;
      const result = await useCase(actor, input);
      revalidateAll(options.revalidate?.(result) ?? []);
      const answer = options.answer ? options.answer(result, input) : result;
      return Response.json(answer, { status, headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      if (error instanceof BodyTooLarge) return apiError("too_large", TOO_LARGE);
      const response = errorResponse(error, { log: loggerFor(request) });
      if (response.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="briefdesk"');
      return response;
    }
  };
}

export { apiError };
