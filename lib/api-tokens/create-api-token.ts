// A user makes an API token for their own scripts. The token is random, shown once
// (only its sha-256 is stored, like one-time links), and acts as its user with
// whatever role the user has when it is used.
import { randomBytes } from "node:crypto";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { sha256 } from "@/lib/revisions/content-hash";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { createApiTokenSchema } from "./schemas";

/** Every token starts so; secret scanners and people can tell what it is. */
export const TOKEN_PREFIX = "bd_";

export { createApiTokenSchema } from "./schemas";
export type CreateApiTokenInput = UseCaseInput<typeof createApiTokenSchema>;
export type CreatedApiToken = { id: string; name: string; token: string; expiresAt: Date | null };

export async function createApiToken(actor: Actor | null, input: CreateApiTokenInput, now = new Date()): Promise<CreatedApiToken> {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "account.update");
    const data = parseInput(createApiTokenSchema, input);
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
    const expiresAt = data.expiresInDays ? new Date(now.getTime() + data.expiresInDays * 86_400_000) : null;
    const created = await tx.apiToken.create({
      data: { userId: me.id, name: data.name, tokenHash: sha256(token), prefix: token.slice(0, 9), expiresAt },
      select: { id: true, name: true, expiresAt: true },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: "api_token.create",
      entityType: "user",
      entityId: me.id,
      data: { tokenId: created.id, name: created.name, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { ...created, token };
  });
}
