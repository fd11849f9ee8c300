// Per-request work that does not need Next's proxy, done where Node hands a request to
// the server (the `http.server.request.start` diagnostics channel), before Next sees
// it. The proxy (proxy.ts) is skipped for cached reader pages, static files and the
// public API's reads: Next's proxy machinery costs more per request than serving such a
// page. What those requests still need is done here, for a few microseconds:
// - the socket's address for rate limits (lib/security/client-address.ts);
// - a request id for log lines and the response (lib/request-id.ts), as the proxy gives it;
// - HSTS when the site is served over https in production;
// - a search's address becomes its cached results page's (lib/search/search-path.ts):
//   Next, the proxy and the page see /search/results/<key>; the reader keeps /search?q=…;
// - a mark (PROXY_HEADER) that routes a request through the proxy after all, by the
//   proxy's second matcher, when it needs the proxy's checks: a write (cross-origin
//   refusal, body limits), an address with a percent-encoding or a non-ASCII character
//   (NUL and broken encodings answer 404/400 there), or a database outage (the
//   proxy's guard answers uncached reader pages with a 503 page).
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { databaseSeemsDown } from "@/lib/db/availability";
import { readEnv, siteOrigin } from "@/lib/env";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request-id";
import { searchRewrite } from "@/lib/search/search-path";
import { stampPeerAddresses } from "./client-address";
import { strictTransportSecurity } from "./csp";

/** Present (any value) when a request must pass the proxy; a client's own is replaced. */
export const PROXY_HEADER = "x-briefdesk-proxy";

// percent-encodings (NUL, broken UTF-8) and characters outside printable ASCII
const UNUSUAL_URL = /[%\u0000-\u001f\u007f-\uffff]/;

/** Whether a request needs the proxy's checks even where it is otherwise skipped. */
export function needsProxy(method: string | undefined, url: string | undefined, databaseDown: boolean): boolean {
  if (method !== "GET" && method !== "HEAD") return true;
  return databaseDown || UNUSUAL_URL.test(url ?? "");
}

let started = false;
export function startRequestHook(): void {
  if (started) return;
  started = true;
  stampPeerAddresses();
  const env = readEnv();
  const hsts = strictTransportSecurity({ https: siteOrigin(env).startsWith("https:"), production: env.NODE_ENV === "production" });
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const headers = request.headers;
    const given = headers[REQUEST_ID_HEADER];
    const requestId = requestIdFrom(typeof given === "string" ? given : undefined);
    headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader(REQUEST_ID_HEADER, requestId);
    const search = searchRewrite(request.method, request.url, headers.rsc !== undefined);
    // a search is rewritten only when its whole address is safe: its percent-encoded words are not unusual
    if (needsProxy(request.method, search ? "" : request.url, databaseSeemsDown())) headers[PROXY_HEADER] = "1";
    else delete headers[PROXY_HEADER];
    if (search) request.url = search;
    if (hsts) response.setHeader("strict-transport-security", hsts);
  });
}
