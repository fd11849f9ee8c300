// Next runs register() once per server process: it starts the webhook worker in the
// Node.js runtime only, never while `next build` prerenders pages.
//
// Next calls onRequestError for every error a page, route handler or server action
// did not handle, including a failed background revalidation. One that says the
// database is unreachable switches on the proxy's outage guard for reader pages
// (lib/ops/serve-during-outage.ts), so the next reader gets a 503 page, not a 500.
import type { Instrumentation } from "next";

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // the socket's address for rate limits, which Next does not pass on, a request id,
    // and which requests need the proxy where it is otherwise skipped
    const { startRequestHook } = await import("./lib/security/request-start");
    startRequestHook();
  }
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startWebhookWorker } = await import("./lib/webhooks/start-webhook-worker");
    startWebhookWorker();
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error) => {
  const { isDatabaseUnavailable, noteDatabaseFailure } = await import("@/lib/db/availability");
  if (isDatabaseUnavailable(error)) noteDatabaseFailure();
};
