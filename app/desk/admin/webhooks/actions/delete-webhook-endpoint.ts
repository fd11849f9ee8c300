"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";

export async function deleteWebhookEndpointAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    await deleteWebhookEndpoint(actor, { endpointId: formData.get("endpointId") });
    revalidatePath("/desk/admin/webhooks");
    return "The endpoint and its delivery log are removed.";
  });
}
