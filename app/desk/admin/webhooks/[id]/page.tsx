import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WebhookDeliveryLog } from "@/components/webhooks/webhook-delivery-log";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { resendWebhookDeliveryAction } from "../actions/resend-webhook-delivery";

export const metadata: Metadata = { title: "Webhook deliveries" };

export default async function WebhookDeliveriesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor({ from: `/desk/admin/webhooks/${id}`, permission: "settings.manage" });
  const log = await listWebhookDeliveries(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <div className="webhooks">
      <p>
        <Link href="/desk/admin/webhooks">← Webhooks</Link>
      </p>
      <h1>Deliveries</h1>
      <p className="meta">
        <code className="webhook-url">{log.endpoint.url}</code> · {log.endpoint.events.join(", ")}
        {log.endpoint.active ? "" : " · paused"}
      </p>
      <WebhookDeliveryLog deliveries={log.deliveries} resendAction={resendWebhookDeliveryAction} />
    </div>
  );
}
