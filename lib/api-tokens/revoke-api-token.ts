// A user revokes one of their own tokens: it stops working at once. Someone else's
// token is "not found", so ids reveal nothing.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { revokeApiTokenSchema } from "./schemas";

export { revokeApiTokenSchema } from "./schemas";
export type RevokeApiTokenInput = UseCaseInput<typeof revokeApiTokenSchema>;
export type RevokeApiTokenResult = { id: string; revokedAt: Date };

export async function revokeApiToken(actor: Actor | null, input: RevokeApiTokenInput, tx?: Tx): Promise<RevokeApiTokenResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "account.update");
    const { tokenId } = parseInput(revokeApiTokenSchema, input);
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId: me.id }, select: { id: true, name: true, revokedAt: true } });
    if (!token) throw new AppError("not_found", "This token does not exist.");
    if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt };
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt } });
    await recordAudit(tx, {
      actorId: me.id,
      action: "api_token.revoke",
      entityType: "user",
      entityId: me.id,
      data: { tokenId: token.id, name: token.name },
    });
    return { id: token.id, revokedAt };
  });
}
