"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";

export const deleteWebhookEndpointAction = deskAction(deleteWebhookEndpoint, {
  fromForm: (form) => ({ endpointId: form.text("endpointId") }),
  revalidate: () => ["/desk/admin/webhooks"],
  success: () => "The endpoint and its delivery log are removed.",
});
