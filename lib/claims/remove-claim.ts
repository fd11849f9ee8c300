// An editor removes a claim from a brief.
import { inTransaction } from "@/lib/db/transaction";
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import type { Tx } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { findBriefClaim } from "./claim-item";
import { removeClaimSchema } from "./schemas";

export { removeClaimSchema } from "./schemas";
export type RemoveClaimInput = UseCaseInput<typeof removeClaimSchema>;
export type RemoveClaimResult = { ref: string; version: number };

export async function removeClaim(actor: Actor | null, input: RemoveClaimInput, tx?: Tx): Promise<RemoveClaimResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const data = parseInput(removeClaimSchema, input);
    const { result, version } = await editBrief(tx, { briefId: data.briefId, actorId: me.id }, async () => {
      const claim = await findBriefClaim(tx, data.briefId, data.claimId);
      await tx.claim.delete({ where: { id: claim.id }, select: { id: true } });
      return claim.ref;
    });
    return { ref: result, version };
  });
}
