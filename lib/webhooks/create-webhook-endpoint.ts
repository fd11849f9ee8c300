// An admin registers a receiver for some events. Its signing secret is made here and
// shown once, like an API token; it is kept in clear because every delivery is signed
// with it (a hash would not do).
import { inTransaction } from "@/lib/db/transaction";
import { randomBytes } from "node:crypto";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { createWebhookEndpointSchema } from "./schemas";

export { createWebhookEndpointSchema } from "./schemas";
export type CreateWebhookEndpointInput = UseCaseInput<typeof createWebhookEndpointSchema>;
export type CreateWebhookEndpointResult = CreatedWebhookEndpoint;

export type CreatedWebhookEndpoint = { id: string; url: string; events: string[]; secret: string };

export async function createWebhookEndpoint(
  actor: Actor | null,
  input: CreateWebhookEndpointInput,
  tx?: Tx,
): Promise<CreateWebhookEndpointResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const data = parseInput(createWebhookEndpointSchema, input);
    const secret = `whsec_${randomBytes(32).toString("base64url")}`;
    const created = await tx.webhookEndpoint.create({
      data: { url: data.url, events: data.events, secret, createdById: me.id },
      select: { id: true, url: true, events: true },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: "webhook.create",
      entityType: "webhook",
      entityId: created.id,
      data: { url: created.url, events: created.events },
    });
    return { ...created, secret };
  });
}
