"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-webhook-delivery";

export async function resendWebhookDeliveryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const { endpointId } = await resendWebhookDelivery(actor, { deliveryId: formData.get("deliveryId") });
    revalidatePath(`/desk/admin/webhooks/${endpointId}`);
    return "Queued again: it goes out within a few seconds.";
  });
}
