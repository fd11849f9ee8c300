// Requests that change something with the caller's cookies must come from our own
// pages (cross-site request forgery). Browsers send `Origin` with every such request;
// it must name the host the request was sent to (`x-forwarded-host` behind a proxy,
// as Next's own server-action check does). Token-authenticated API calls carry no
// cookies that another site could borrow and need no check.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function refusesCrossOrigin(request: { method: string; headers: Headers }): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  if (/^Bearer\s/i.test(request.headers.get("authorization") ?? "")) return false;
  if (request.headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false; // not a browser, or one that sends Sec-Fetch-Site instead
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host"))?.split(",")[0]?.trim();
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" (sandboxed frames, some redirects) or garbage
  }
}
