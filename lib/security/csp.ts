// The protective headers of every response, and which routes get which script policy.
//
// Pages rendered per request (the desk, sign-in, API docs, search) get one strict
// policy: scripts only with this request's nonce ('strict-dynamic' lets Next's own
// scripts load its chunks). Next reads the nonce from the request's
// Content-Security-Policy header and puts it on every script it renders.
//
// Cached reader pages are rendered once and served to everyone, so they cannot
// carry a per-request nonce. They get two policies, and the browser enforces both:
// this base policy (everything but inline scripts locked down), and a script policy
// stored with the cached page by lib/db/shared-cache-handler.mjs, which lists the
// SHA-256 of each inline script of that very page. A script must satisfy both, so
// only Next's own inline scripts of that page run. Were a page ever served without
// its stored policy, the base policy still confines scripts to this origin's files
// and inline code, and keeps framing, plugins, <base> and form targets locked.
import { SEARCH_RESULTS_PATH } from "@/lib/search/search-path";

export const CSP_HEADER = "content-security-policy";

// Routes rendered for each request; everything else is a cached reader page or file.
const PER_REQUEST_PREFIXES = ["/desk", "/signin", "/set-password", "/api", "/search"];

export function rendersPerRequest(pathname: string): boolean {
  // one search's results are cached like a reader page (lib/search/search-path.ts)
  if (pathname.startsWith(SEARCH_RESULTS_PATH)) return false;
  return PER_REQUEST_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** 128 random bits, base64: unguessable and unique to one response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function contentSecurityPolicy({ nonce, https, dev = false }: { nonce?: string; https: boolean; dev?: boolean }): string {
  // React uses eval only in development, for its error overlay's stack traces.
  const evalInDev = dev ? " 'unsafe-eval'" : "";
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'${evalInDev}` : `'self' 'unsafe-inline'${evalInDev}`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "script-src-attr 'none'",
    // Styles: our own stylesheet, plus inline style attributes and elements, which
    // Next and React emit (e.g. the route announcer, the error overlay). CSS cannot
    // run script; every text a user typed is escaped by React before it reaches HTML.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** HSTS: only when the site is served over https, where browsers honour it. */
export function strictTransportSecurity({ https, production }: { https: boolean; production: boolean }): string | null {
  return https && production ? "max-age=63072000; includeSubDomains" : null;
}
