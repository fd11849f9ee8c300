// Reader pages while the database does not answer. Next keeps serving a cached page
// when its background revalidation fails, but a page it has not cached fails with a
// 500 — and a page cannot set its own status. So while this process has seen the
// database fail (lib/db/availability.ts), the proxy asks the app for a reader page
// itself: a cached page comes back as it is (200, same content); a page that needed
// the database becomes a friendly 503 page with Retry-After. When the database
// answers, the guard switches off and requests go straight through again.
import { databaseSeemsDown } from "@/lib/db/availability";
import { env } from "@/lib/env";
import { SITE_NAME } from "@/lib/feeds/site";

/** Marks the proxy's own request for a page, which goes straight through. */
const GUARD_HEADER = "x-briefdesk-outage-guard";
export const RETRY_AFTER_SECONDS = 30;
/** Paths that are not reader pages: the desk and sign-in (they say "unavailable" themselves), route handlers. */
const NOT_READER = /^\/(desk|api|signin|set-password)(\/|$)/;
/** Hop-by-hop and encoding headers: they describe one connection or body, not the page. */
const INNER_ONLY = ["content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive"];

function isGuarded(request: Request, pathname: string): boolean {
  return (request.method === "GET" || request.method === "HEAD") && !request.headers.has(GUARD_HEADER) && !NOT_READER.test(pathname);
}

/** The response for a reader page during an outage, or undefined to let the request through. */
export async function serveDuringOutage(request: Request, pathname: string): Promise<Response | undefined> {
  if (!databaseSeemsDown() || !isGuarded(request, pathname)) return undefined;
  const headers = new Headers(request.headers);
  for (const name of [...INNER_ONLY, "host", "upgrade", "expect"]) headers.delete(name);
  headers.set(GUARD_HEADER, "1");
  headers.delete("accept-encoding"); // keeps the body as the app wrote it
  let inner: Response;
  try {
    inner = await fetch(localUrl(request.url), { method: request.method, headers, redirect: "manual", cache: "no-store" });
  } catch {
    return unavailableResponse(request.method);
  }
  if (inner.status >= 500) {
    // not awaited: Next's error response may keep streaming; cancelling drops it
    inner.body?.cancel().catch(() => {});
    return unavailableResponse(request.method);
  }
  const outer = new Headers(inner.headers);
  for (const name of INNER_ONLY) outer.delete(name);
  return new Response(inner.body, { status: inner.status, statusText: inner.statusText, headers: outer });
}

/**
 * The same page from this very server: the public Host may lead to a load balancer and
 * another instance. `next start` records where it listens (PORT, and its private origin).
 */
function localUrl(url: string): string {
  const { __NEXT_PRIVATE_ORIGIN, PORT } = env();
  const local = __NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${PORT}`;
  const { pathname, search } = new URL(url);
  return new URL(pathname + search, local).toString();
}

export function unavailableResponse(method = "GET"): Response {
  return new Response(method === "HEAD" ? null : UNAVAILABLE_PAGE, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "retry-after": String(RETRY_AFTER_SECONDS),
    },
  });
}

// Plain HTML with no script: it needs neither the database nor the app's bundles. Its
// few lines of style are a nicety; a Content-Security-Policy that blocks inline styles
// leaves a plain, still readable page.
const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>Briefly unavailable — ${SITE_NAME}</title>
<style>body{font:1.0625rem/1.6 system-ui,sans-serif;color:#1c1b19;background:#fcfbf8;max-width:40rem;margin:0 auto;padding:1.5rem 1rem}a{color:#0b4f8a}h1{font-size:1.75rem;line-height:1.25}</style></head>
<body>
<header><p><a href="/">${SITE_NAME}</a></p></header>
<main id="main">
<h1>This page is briefly unavailable</h1>
<p>We cannot reach our database just now, so this page cannot be shown. Nothing is lost: please try again in a minute.</p>
<p>Pages you have read recently may still open: <a href="/">see the latest briefs</a>.</p>
</main>
</body>
</html>
`;
