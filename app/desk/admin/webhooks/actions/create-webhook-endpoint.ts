"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { createWebhookEndpoint, type CreateWebhookEndpointInput } from "@/lib/webhooks/create-webhook-endpoint";

export const createWebhookEndpointAction = deskAction(createWebhookEndpoint, {
  fromForm: (form) => ({ url: form.text("url"), events: form.choices<CreateWebhookEndpointInput["events"][number]>("events") }),
  revalidate: () => ["/desk/admin/webhooks"],
  success: (created) => ({ message: `Endpoint added. Copy its signing secret now: it is shown only once.`, secret: created.secret }),
});
