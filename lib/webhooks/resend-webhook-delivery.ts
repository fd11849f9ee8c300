// An admin sends a delivery again (after fixing the receiver, say): a new delivery of
// the same payload, due now, with its own attempts; the old one stays in the log. The
// payload keeps its event id, so a receiver that dedupes sees it is the same event.
import { inTransaction } from "@/lib/db/transaction";
import type { Tx } from "@/lib/db/client";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { resendWebhookDeliverySchema } from "./schemas";

export { resendWebhookDeliverySchema } from "./schemas";
export type ResendWebhookDeliveryInput = UseCaseInput<typeof resendWebhookDeliverySchema>;
export type ResendWebhookDeliveryResult = { id: string; endpointId: string };

export async function resendWebhookDelivery(
  actor: Actor | null,
  input: ResendWebhookDeliveryInput,
  tx?: Tx,
): Promise<ResendWebhookDeliveryResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const { deliveryId } = parseInput(resendWebhookDeliverySchema, input);
    const original = await tx.webhookDelivery.findUnique({
      where: { id: deliveryId },
      select: { id: true, endpointId: true, event: true, payload: true, publicationId: true },
    });
    if (!original) throw new AppError("not_found", "This delivery does not exist.");
    const copy = await tx.webhookDelivery.create({
      data: {
        endpointId: original.endpointId,
        event: original.event,
        payload: original.payload as Prisma.InputJsonValue,
        publicationId: original.publicationId,
        nextAttemptAt: new Date(),
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: "webhook.resend",
      entityType: "webhook",
      entityId: original.endpointId,
      data: { deliveryId: original.id, newDeliveryId: copy.id, event: original.event },
    });
    return { id: copy.id, endpointId: original.endpointId };
  });
}
