// An editor changes a claim: its words, claimant, first appearance, verdict or
// conclusion. An edit based on an older state of the claim is refused (DESIGN rule 5).
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import { assertDocumentsCited, assertNotStale, assertUsableSource } from "@/lib/briefs/item-guards";
import type { Tx } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { appearedOnDay, assertChoosableRating, findBriefClaim, readClaimItem, type ClaimItem } from "./claim-item";
import { CLAIMANT_KINDS, updateClaimSchema } from "./schemas";

export { updateClaimSchema } from "./schemas";
export type UpdateClaimInput = UseCaseInput<typeof updateClaimSchema>;
export type UpdateClaimResult = { claim: ClaimItem; version: number };

export async function updateClaim(actor: Actor | null, input: UpdateClaimInput, tx?: Tx): Promise<UpdateClaimResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const data = parseInput(updateClaimSchema, input);
    const { result, version } = await editBrief(tx, { briefId: data.briefId, actorId: me.id }, async () => {
      const claim = await findBriefClaim(tx, data.briefId, data.claimId);
      assertNotStale(claim, data.baseUpdatedAt, "claim");
      if (data.documentId) await assertDocumentsCited(tx, data.briefId, [data.documentId], "documentId");
      await assertUsableSource(tx, {
        sourceId: data.speakerSourceId,
        keptFrom: claim.speakerSourceId,
        kinds: CLAIMANT_KINDS,
        field: "speakerSourceId",
      });
      await assertChoosableRating(tx, data.ratingId, claim.ratingId);
      await tx.claim.update({
        where: { id: claim.id },
        data: {
          text: data.text,
          quoted: data.quoted,
          speakerName: data.speakerName,
          speakerSourceId: data.speakerSourceId,
          documentId: data.documentId,
          appearanceUrl: data.appearanceUrl,
          appearedOn: appearedOnDay(data.appearedOn),
          ratingId: data.ratingId,
          conclusion: data.conclusion,
        },
        select: { id: true },
      });
      return readClaimItem(tx, data.briefId, claim.id);
    });
    return { claim: result, version };
  });
}
