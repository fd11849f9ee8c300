"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { setWebhookEndpointActive } from "@/lib/webhooks/set-webhook-endpoint-active";

export async function setWebhookEndpointActiveAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const { active } = await setWebhookEndpointActive(actor, { endpointId: formData.get("endpointId"), active: formData.get("active") === "true" });
    revalidatePath("/desk/admin/webhooks", "layout");
    return active ? "The endpoint is active again; waiting deliveries go out." : "The endpoint is paused; its deliveries wait.";
  });
}
