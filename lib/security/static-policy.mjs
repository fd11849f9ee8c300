// @ts-check
// The base Content-Security-Policy of every page the proxy does not set one for: the
// cached reader pages, static files and anything else outside PER_REQUEST_PREFIXES
// (lib/security/csp.ts). next.config.js sends it from its `headers()`, so it costs
// nothing per request. It is contentSecurityPolicy({ https: false }) of csp.ts
// (csp.test.ts checks that they agree): inline scripts are confined further by the
// script policy stored with each cached page (lib/db/cached-page-scripts.mjs), and
// HSTS does the work of upgrade-insecure-requests on an https site.
export const STATIC_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
].join("; ");

/**
 * next.config.js `headers()` source: every path but those rendered per request, whose
 * policy the proxy sets, and archived web pages (sandboxed by the proxy). A search's
 * cached results page (/search/results/…, lib/search/search-path.ts) is a cached page.
 */
export const STATIC_POLICY_SOURCE = "/((?!(?:desk|signin|set-password|api)(?:/|$))(?!search(?:/(?!results/)|$))(?!.*/archived/?$).*)";
