// Runs deliverDue every couple of seconds inside the app process (started from
// instrumentation.ts). Pending deliveries live in the database, so a restart loses
// nothing: the next process picks them up. Each instance runs its own worker; the
// SKIP LOCKED claim keeps them from sending a row twice. Runs never overlap (the next
// is scheduled when one ends) and are jittered so instances do not poll in step.
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { deliverDue } from "./deliver-due";

const INTERVAL_MS = 2_000;
const BATCH = 20;

const state = globalThis as unknown as { briefdeskWebhookWorker?: boolean };

export function startWebhookWorker(): void {
  if (env().BRIEFDESK_WEBHOOKS === "off" || state.briefdeskWebhookWorker) return;
  state.briefdeskWebhookWorker = true;
  const log = logger.child({ component: "webhooks" });
  const schedule = () => setTimeout(run, INTERVAL_MS * (0.75 + Math.random() * 0.5)).unref();
  const run = async () => {
    try {
      const outcomes = await deliverDue(BATCH);
      for (const o of outcomes) {
        if (o.delivered) log.info({ deliveryId: o.deliveryId, attempts: o.attempts }, "webhook delivered");
        else
          log.warn({ deliveryId: o.deliveryId, attempts: o.attempts, statusCode: o.statusCode, error: o.error }, "webhook delivery failed");
      }
    } catch (err) {
      log.error({ err }, "webhook worker run failed");
    } finally {
      schedule();
    }
  };
  schedule();
  log.info("webhook worker started");
}
