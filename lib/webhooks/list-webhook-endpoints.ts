// What the admin page shows: endpoints (never their secrets) and a count of deliveries per status.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";

export type WebhookEndpointSummary = {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  createdAt: Date;
  pending: number;
  delivered: number;
  failed: number;
};

export async function listWebhookEndpoints(actor: Actor | null): Promise<WebhookEndpointSummary[]> {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "settings.manage");
    const endpoints = await tx.webhookEndpoint.findMany({
      orderBy: { createdAt: "desc" },
      select: { id: true, url: true, events: true, active: true, createdAt: true },
    });
    const counts = await tx.webhookDelivery.groupBy({ by: ["endpointId", "status"], _count: { _all: true } });
    const count = (endpointId: string, status: string) =>
      counts.find((c) => c.endpointId === endpointId && c.status === status)?._count._all ?? 0;
    return endpoints.map((e) => ({
      ...e,
      pending: count(e.id, "pending"),
      delivered: count(e.id, "delivered"),
      failed: count(e.id, "failed"),
    }));
  });
}
