import type { Metadata } from "next";
import { CreateWebhookEndpointForm } from "@/components/webhooks/create-webhook-endpoint-form";
import { WebhookEndpointList } from "@/components/webhooks/webhook-endpoint-list";
import { requireActor } from "@/lib/auth/require-actor";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { listWebhookEndpoints } from "@/lib/webhooks/list-webhook-endpoints";
import { createWebhookEndpointAction } from "./actions/create-webhook-endpoint";
import { deleteWebhookEndpointAction } from "./actions/delete-webhook-endpoint";
import { setWebhookEndpointActiveAction } from "./actions/set-webhook-endpoint-active";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const actor = await requireActor({ from: "/desk/admin/webhooks", permission: "settings.manage" });
  const endpoints = await listWebhookEndpoints(actor);
  return (
    <div className="narrow-form webhooks">
      <h1>Webhooks</h1>
      <p>
        Briefdesk POSTs a signed JSON message to each endpoint when a brief is published, corrected or withdrawn, and retries with growing
        waits when the receiver fails. The README explains the payload and how to check the signature.
      </p>
      <section aria-labelledby="new-endpoint">
        <h2 id="new-endpoint">New endpoint</h2>
        <CreateWebhookEndpointForm action={createWebhookEndpointAction} events={[...WEBHOOK_EVENTS]} />
      </section>
      <section aria-labelledby="endpoints">
        <h2 id="endpoints">Endpoints</h2>
        <WebhookEndpointList
          endpoints={endpoints}
          setActiveAction={setWebhookEndpointActiveAction}
          deleteAction={deleteWebhookEndpointAction}
        />
      </section>
    </div>
  );
}
