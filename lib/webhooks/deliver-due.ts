// The worker's one step: claim the deliveries that are due, POST each, record what
// happened. Claiming is one UPDATE over `SELECT … FOR UPDATE SKIP LOCKED` that moves
// the rows' next attempt a lease ahead, so two instances (or two overlapping runs)
// never take the same row, and a process that dies mid-POST leaves the row to be
// retried when the lease runs out. Delivery is at least once: receivers dedupe on the
// payload's `id`.
import { db } from "@/lib/db/client";
import { classifyUrlHost } from "@/lib/security/public-address";
import { nextAttemptAfter } from "./events";
import { COULD_NOT_DELIVER, postJson, PRIVATE_TARGET_REFUSED, privateTargetsAllowed } from "./post-json";
import { SIGNATURE_HEADER, signWebhookPayload } from "./signature";

export const DELIVERY_TIMEOUT_MS = 5_000;
/** How long a claimed row is left alone; longer than any POST can take. */
const LEASE_MS = 60_000;

export type DeliveryOutcome = { deliveryId: string; delivered: boolean; attempts: number; statusCode: number | null; error: string | null };

type Claimed = { id: string; event: string; payload: unknown; attempts: number; url: string; secret: string };

export async function deliverDue(limit = 20, options: { now?: Date; timeoutMs?: number } = {}): Promise<DeliveryOutcome[]> {
  const now = options.now ?? new Date();
  const claimed = await db().$queryRaw<Claimed[]>`
    UPDATE "WebhookDelivery" AS d
    SET "nextAttemptAt" = ${new Date(now.getTime() + LEASE_MS)}, attempts = d.attempts + 1
    FROM "WebhookEndpoint" AS e
    WHERE e.id = d."endpointId" AND d.id IN (
      SELECT q.id FROM "WebhookDelivery" AS q
      WHERE q.status = 'pending' AND q."nextAttemptAt" <= ${now}
        AND EXISTS (SELECT 1 FROM "WebhookEndpoint" AS a WHERE a.id = q."endpointId" AND a.active)
      ORDER BY q."nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE OF q SKIP LOCKED
    )
    RETURNING d.id, d.event, d.payload, d.attempts, e.url, e.secret`;
  // one slow receiver must not hold up the others: the POSTs run side by side
  return Promise.all(claimed.map((row) => attempt(row, now, options.timeoutMs ?? DELIVERY_TIMEOUT_MS)));
}

async function attempt(row: Claimed, now: Date, timeoutMs: number): Promise<DeliveryOutcome> {
  const result = await post(row, timeoutMs);
  const delivered = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
  const next = delivered ? null : nextAttemptAfter(row.attempts, now);
  await db().webhookDelivery.updateMany({
    where: { id: row.id, status: "pending" },
    data: delivered
      ? { status: "delivered", deliveredAt: new Date(), lastStatusCode: result.statusCode, lastError: null }
      : {
          status: next ? "pending" : "failed",
          ...(next && { nextAttemptAt: next }),
          lastStatusCode: result.statusCode,
          lastError: result.error,
        },
  });
  return { deliveryId: row.id, delivered, attempts: row.attempts, ...result };
}

async function post(row: Claimed, timeoutMs: number): Promise<{ statusCode: number | null; error: string | null }> {
  const body = JSON.stringify(row.payload);
  const target = checkTarget(row.url);
  if (target) return { statusCode: null, error: target };
  try {
    const statusCode = await postJson(row.url, body, {
      timeoutMs,
      allowPrivate: privateTargetsAllowed(),
      headers: {
        "User-Agent": "Briefdesk-Webhooks/1",
        "Briefdesk-Event": row.event,
        "Briefdesk-Delivery": row.id,
        "Briefdesk-Attempt": String(row.attempts),
        [SIGNATURE_HEADER]: signWebhookPayload({ secret: row.secret, body, timestamp: Math.floor(Date.now() / 1000) }),
      },
    });
    const ok = statusCode >= 200 && statusCode < 300;
    return { statusCode, error: ok ? null : `The receiver answered HTTP ${statusCode}.` };
  } catch {
    // Refused, reset, timed out, unresolvable or resolving to a private address: one
    // message for all, so the log cannot be used to map which hosts and ports exist.
    return { statusCode: null, error: COULD_NOT_DELIVER };
  }
}

/** An endpoint registered before targets were checked, or while private ones were allowed. */
function checkTarget(url: string): string | null {
  if (privateTargetsAllowed() || classifyUrlHost(url) !== "private") return null;
  return PRIVATE_TARGET_REFUSED;
}
