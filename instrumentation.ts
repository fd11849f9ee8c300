// Next runs register() once per server process. It starts the webhook worker in the
// Node.js runtime only, never while `next build` prerenders pages.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startWebhookWorker } = await import("./lib/webhooks/start-webhook-worker");
    startWebhookWorker();
  }
}
