// One endpoint's delivery log, newest first.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type WebhookDeliveryRow = {
  id: string;
  event: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  nextAttemptAt: Date;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
  title: string | null;
};

export async function listWebhookDeliveries(actor: Actor | null, endpointId: string, take = 100) {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "settings.manage");
    const endpoint = await tx.webhookEndpoint.findUnique({
      where: { id: endpointId },
      select: { id: true, url: true, events: true, active: true },
    });
    if (!endpoint) throw new AppError("not_found", "This webhook endpoint does not exist.");
    const rows = await tx.webhookDelivery.findMany({
      where: { endpointId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      select: {
        id: true,
        event: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        lastStatusCode: true,
        lastError: true,
        deliveredAt: true,
        createdAt: true,
        payload: true,
      },
    });
    const deliveries: WebhookDeliveryRow[] = rows.map(({ payload, ...row }) => ({ ...row, title: titleOf(payload) }));
    return { endpoint, deliveries };
  });
}

function titleOf(payload: unknown): string | null {
  const data = (payload as { data?: { title?: unknown } } | null)?.data;
  return typeof data?.title === "string" ? data.title : null;
}
