"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";

export async function createWebhookEndpointAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const created = await createWebhookEndpoint(actor, { url: formData.get("url"), events: formData.getAll("events") });
    revalidatePath("/desk/admin/webhooks");
    return { message: `Endpoint added. Copy its signing secret now: it is shown only once.`, secret: created.secret };
  });
}
