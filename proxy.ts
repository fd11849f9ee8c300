// Runs before requests that need per-request work (Next 16's proxy, formerly
// middleware) — not before cached reader pages, static files and the public API's
// reads: see `config` at the bottom, and lib/security/request-start.ts for what those
// still get (peer address, request id, HSTS) and when they come through here anyway.
// - Gives the request an id that server actions, route handlers and pages read from
//   the `x-request-id` request header (lib/log.ts), and that the caller gets back in
//   the response, so a report ("request 3f2c… failed") leads straight to its log lines.
// - Refuses cross-origin requests that would act with the caller's cookies.
// - Sets the Content-Security-Policy with a nonce for pages rendered per request; every
//   other page gets the static base policy from next.config.js (and cached pages their
//   stored script policy, lib/security/csp.ts).
// - Refuses a path or query with NUL, a lone surrogate or a percent-encoding that is
//   not UTF-8 (lib/text/safe-text.ts): 400 with the API's error JSON under /api, the
//   not-found page elsewhere — never a database error.
// - Answers a server action over the body size limit with 413 and a message its form
//   shows (lib/forms/body-limit.ts), where Next would answer a bare 500.
// - While the database does not answer: cached reader pages as usual, a 503 page with
//   Retry-After for the rest (lib/ops/serve-during-outage.ts).
import { NextResponse, type NextRequest } from "next/server";
import { serveDuringOutage } from "@/lib/ops/serve-during-outage";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request-id";
import { CSP_HEADER, contentSecurityPolicy, newNonce, rendersPerRequest } from "@/lib/security/csp";
import { refusesCrossOrigin } from "@/lib/security/same-origin";
import { env, siteOrigin } from "@/lib/env";
import { isUnsafeUrl } from "@/lib/text/safe-text";
import { FORM_TOO_LARGE_MESSAGE, isOversizedServerAction } from "@/lib/forms/body-limit";
import { apiError } from "@/lib/api/error-response";
import { ARCHIVE_CSP, isArchivedCopyPath } from "@/lib/capture/archive-path";

let site: { https: boolean; dev: boolean } | undefined;
function siteSettings() {
  if (!site) {
    const { NODE_ENV } = env();
    site = { https: siteOrigin().startsWith("https:"), dev: NODE_ENV === "development" };
  }
  return site;
}

export async function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const { https, dev } = siteSettings();
  const nonce = rendersPerRequest(request.nextUrl.pathname) ? newNonce() : undefined;
  const archived = isArchivedCopyPath(request.nextUrl.pathname);

  let response: Response;
  const unsafe = isUnsafeUrl(new URL(request.url));
  const refused = refusesCrossOrigin(request);
  // a refused request never reaches the outage guard's fetch
  const outage = refused || unsafe ? undefined : await serveDuringOutage(request, request.nextUrl.pathname);
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  // Next takes the nonce for its scripts from the request's policy; an archived web
  // page gets `sandbox`, never the site's policy (lib/capture/archive-path.ts).
  const policy = archived ? ARCHIVE_CSP : nonce ? contentSecurityPolicy({ nonce, https, dev }) : undefined;
  if (policy) headers.set(CSP_HEADER, policy);
  if (unsafe) {
    response = request.nextUrl.pathname.startsWith("/api/")
      ? apiError("invalid", "The address contains a character it cannot have (NUL, or a percent-encoding that is not UTF-8).")
      : NextResponse.rewrite(new URL("/_not-found", request.url), { request: { headers }, status: 404 });
  } else if (isOversizedServerAction(request)) {
    // text/plain: Next's client throws it as the action's error, which the form shows
    response = new NextResponse(FORM_TOO_LARGE_MESSAGE, {
      status: 413,
      headers: { "content-type": "text/plain", "cache-control": "no-store" },
    });
  } else if (refused) {
    response = NextResponse.json({ error: { code: "forbidden", message: "Cross-origin request refused." } }, { status: 403 });
  } else if (outage) {
    response = outage;
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set(REQUEST_ID_HEADER, requestId);
  // a page fetched by the outage guard keeps the policy its scripts' nonce belongs to;
  // pages not rendered per request have next.config.js's static policy
  if (policy && (archived || !response.headers.has(CSP_HEADER))) response.headers.set(CSP_HEADER, policy);
  return response;
}

// Skipped (an explicit list, so that a route added later passes the proxy until it is
// listed): Next's static files, the icon, robots.txt, and the cached reader pages and
// feeds, and the public API's reads. Those still come here when the request starts
// with the PROXY_HEADER mark (lib/security/request-start.ts): a write, an unusual
// address, or a database outage.
export const config = {
  matcher: [
    {
      source:
        "/((?!_next/static/|_next/image|favicon\\.ico$|icon\\.svg$|robots\\.txt$|$|page/[^/]+$|briefs/[^/]+$|briefs/[^/]+/documents/[^/]+$|briefs/[^/]+/timeline\\.json$|search/results/[^/]+$|topics(?:/|$)|about$|methodology(?:/|$)|corrections(?:/|$)|sources/[^/]+$|feed\\.xml(?:/|$)|sitemap\\.xml(?:/|$)|api/v1/(?:briefs(?:/[^/]+)?|topics|sources|openapi\\.json)$).*)",
    },
    { source: "/:path*", has: [{ type: "header", key: "x-briefdesk-proxy" }] },
  ],
};
