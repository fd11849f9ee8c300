// An editor removes a claim from a brief.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import { db } from "@/lib/db/client";
import { parseInput } from "@/lib/validation";
import { findBriefClaim } from "./claim-item";
import { removeClaimSchema } from "./schemas";

export async function removeClaim(actor: Actor | null, input: unknown): Promise<{ ref: string; version: number }> {
  return db().$transaction(async (tx) => {
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
