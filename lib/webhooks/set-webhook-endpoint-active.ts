// An admin pauses or resumes an endpoint. While it is paused, new events are not
// queued for it and its pending deliveries wait; resuming sends them.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { setWebhookEndpointActiveSchema } from "./schemas";

export { setWebhookEndpointActiveSchema } from "./schemas";
export type SetWebhookEndpointActiveInput = UseCaseInput<typeof setWebhookEndpointActiveSchema>;
export type SetWebhookEndpointActiveResult = { id: string; active: boolean };

export async function setWebhookEndpointActive(
  actor: Actor | null,
  input: SetWebhookEndpointActiveInput,
  tx?: Tx,
): Promise<SetWebhookEndpointActiveResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const { endpointId, active } = parseInput(setWebhookEndpointActiveSchema, input);
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { id: true, active: true } });
    if (!endpoint) throw new AppError("not_found", "This webhook endpoint does not exist.");
    if (endpoint.active === active) return { id: endpoint.id, active };
    await tx.webhookEndpoint.update({ where: { id: endpointId }, data: { active } });
    await recordAudit(tx, {
      actorId: me.id,
      action: active ? "webhook.activate" : "webhook.deactivate",
      entityType: "webhook",
      entityId: endpointId,
      fromState: endpoint.active ? "active" : "inactive",
      toState: active ? "active" : "inactive",
    });
    return { id: endpointId, active };
  });
}
