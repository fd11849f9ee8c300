// Runs before every request (Next 16's proxy, formerly middleware).
// - Gives the request an id that server actions, route handlers and pages read from
//   the `x-request-id` request header (lib/log.ts), and that the caller gets back in
//   the response, so a report ("request 3f2c… failed") leads straight to its log lines.
// - Refuses cross-origin requests that would act with the caller's cookies.
// - Sets the Content-Security-Policy (a nonce for pages rendered per request; see
//   lib/security/csp.ts for cached pages) and HSTS. The headers that never vary
//   (nosniff, Referrer-Policy, …) are set for every file in next.config.js.
// - While the database does not answer: cached reader pages as usual, a 503 page with
//   Retry-After for the rest (lib/ops/serve-during-outage.ts).
import { NextResponse, type NextRequest } from "next/server";
import { serveDuringOutage } from "@/lib/ops/serve-during-outage";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request-id";
import { CSP_HEADER, contentSecurityPolicy, newNonce, rendersPerRequest, strictTransportSecurity } from "@/lib/security/csp";
import { refusesCrossOrigin } from "@/lib/security/same-origin";
import { readEnv, siteOrigin } from "@/lib/env";

let site: { https: boolean; production: boolean; dev: boolean } | undefined;
function siteSettings() {
  if (!site) {
    const env = readEnv();
    site = { https: siteOrigin(env).startsWith("https:"), production: env.NODE_ENV === "production", dev: env.NODE_ENV === "development" };
  }
  return site;
}

export async function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const { https, production, dev } = siteSettings();
  const nonce = rendersPerRequest(request.nextUrl.pathname) ? newNonce() : undefined;
  const policy = contentSecurityPolicy({ nonce, https, dev });

  let response: Response;
  const refused = refusesCrossOrigin(request);
  // a refused request never reaches the outage guard's fetch
  const outage = refused ? undefined : await serveDuringOutage(request, request.nextUrl.pathname);
  if (refused) {
    response = NextResponse.json({ error: { code: "forbidden", message: "Cross-origin request refused." } }, { status: 403 });
  } else if (outage) {
    response = outage;
  } else {
    const headers = new Headers(request.headers);
    headers.set(REQUEST_ID_HEADER, requestId);
    // Next takes the nonce for its scripts from the request's policy.
    if (nonce) headers.set(CSP_HEADER, policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set(REQUEST_ID_HEADER, requestId);
  // a page fetched by the outage guard keeps the policy its scripts' nonce belongs to
  if (!response.headers.has(CSP_HEADER)) response.headers.set(CSP_HEADER, policy);
  const hsts = strictTransportSecurity({ https, production });
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

export const config = {
  // not for Next's own static files: they log nothing and run no script
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
