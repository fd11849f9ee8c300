"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-webhook-delivery";

export const resendWebhookDeliveryAction = deskAction(resendWebhookDelivery, {
  fromForm: (form) => ({ deliveryId: form.text("deliveryId") }),
  revalidate: ({ endpointId }) => [`/desk/admin/webhooks/${endpointId}`],
  success: () => "Queued again: it goes out within a few seconds.",
});
