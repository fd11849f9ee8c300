// An editor adds a claim to a brief: the next free ref (c<n>) and the last position.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import { assertDocumentsCited, assertUsableSource } from "@/lib/briefs/item-guards";
import { nextRef } from "@/lib/briefs/refs";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { appearedOnDay, assertChoosableRating, readClaimItem, type ClaimItem } from "./claim-item";
import { addClaimSchema, CLAIMANT_KINDS } from "./schemas";

export { addClaimSchema } from "./schemas";
export type AddClaimInput = UseCaseInput<typeof addClaimSchema>;
export type AddClaimResult = { claim: ClaimItem; version: number };

export async function addClaim(actor: Actor | null, input: AddClaimInput, tx?: Tx): Promise<AddClaimResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const data = parseInput(addClaimSchema, input);
    const { result, version } = await editBrief(tx, { briefId: data.briefId, actorId: me.id }, async () => {
      if (data.documentId) await assertDocumentsCited(tx, data.briefId, [data.documentId], "documentId");
      await assertUsableSource(tx, { sourceId: data.speakerSourceId, kinds: CLAIMANT_KINDS, field: "speakerSourceId" });
      await assertChoosableRating(tx, data.ratingId);
      // The brief's row is locked by editBrief: two adds at once get different refs.
      const { body } = await tx.brief.findUniqueOrThrow({ where: { id: data.briefId }, select: { body: true } });
      const existing = await tx.claim.findMany({ where: { briefId: data.briefId }, select: { ref: true, position: true } });
      const { id } = await tx.claim.create({
        data: {
          briefId: data.briefId,
          ref: nextRef(
            "c",
            existing.map((c) => c.ref),
            body,
          ),
          position: Math.max(-1, ...existing.map((c) => c.position)) + 1,
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
      return readClaimItem(tx, data.briefId, id);
    });
    return { claim: result, version };
  });
}
