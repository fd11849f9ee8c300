"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { setWebhookEndpointActive } from "@/lib/webhooks/set-webhook-endpoint-active";

export const setWebhookEndpointActiveAction = deskAction(setWebhookEndpointActive, {
  fromForm: (form) => ({ endpointId: form.text("endpointId"), active: form.text("active") === "true" }),
  revalidate: () => [["/desk/admin/webhooks", "layout"]],
  success: ({ active }) =>
    active ? "The endpoint is active again; waiting deliveries go out." : "The endpoint is paused; its deliveries wait.",
});
