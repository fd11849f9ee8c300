// What /api/health and /api/ready answer. Never cached: a load balancer must see
// this instance's state now, not a copy a CDN kept.
import { loggerFor } from "@/lib/log";
import { checkReadiness } from "./check-readiness";

const NO_STORE = { "Cache-Control": "no-store" };
/** Seconds a load balancer should wait before asking an unready instance again. */
export const RETRY_AFTER_SECONDS = 5;

/** The process is alive: no database involved. */
export function healthResponse(): Response {
  return Response.json({ status: "ok" }, { headers: NO_STORE });
}

/** The process can serve: 200, or 503 with the reason and Retry-After. */
export async function readinessResponse(request: Request): Promise<Response> {
  const readiness = await checkReadiness({ log: loggerFor(request) });
  if (readiness.ready) return Response.json({ status: "ready" }, { headers: NO_STORE });
  return Response.json(
    { status: "unavailable", reason: readiness.reason },
    { status: 503, headers: { ...NO_STORE, "Retry-After": String(RETRY_AFTER_SECONDS) } },
  );
}
