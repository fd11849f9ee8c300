// An admin removes an endpoint: it and its delivery log go; nothing more is sent to it.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { deleteWebhookEndpointSchema } from "./schemas";

export { deleteWebhookEndpointSchema } from "./schemas";
export type DeleteWebhookEndpointInput = UseCaseInput<typeof deleteWebhookEndpointSchema>;
export type DeleteWebhookEndpointResult = { id: string };

export async function deleteWebhookEndpoint(
  actor: Actor | null,
  input: DeleteWebhookEndpointInput,
  tx?: Tx,
): Promise<DeleteWebhookEndpointResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const { endpointId } = parseInput(deleteWebhookEndpointSchema, input);
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { id: true, url: true, events: true } });
    if (!endpoint) throw new AppError("not_found", "This webhook endpoint does not exist.");
    await tx.webhookEndpoint.delete({ where: { id: endpointId } });
    await recordAudit(tx, {
      actorId: me.id,
      action: "webhook.delete",
      entityType: "webhook",
      entityId: endpointId,
      data: { url: endpoint.url, events: endpoint.events },
    });
    return { id: endpointId };
  });
}
