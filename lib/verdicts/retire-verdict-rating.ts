// An admin retires a rating (it stays valid on the claims that have it, and cannot be
// chosen for new ones) or restores it.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { z } from "zod";
import { findRating } from "./rating-guards";
import { ratingIdSchema } from "./schemas";
import { parseInput, type UseCaseInput } from "@/lib/validation";

export const retireRatingSchema = ratingIdSchema.extend({ retired: z.boolean() });
/** `retired`: true retires the rating, false restores it. */
export type SetVerdictRatingRetiredInput = UseCaseInput<typeof retireRatingSchema>;
export type SetVerdictRatingRetiredResult = { id: string; name: string };

export async function setVerdictRatingRetired(
  actor: Actor | null,
  input: SetVerdictRatingRetiredInput,
  tx?: Tx,
): Promise<SetVerdictRatingRetiredResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const { ratingId, retired } = parseInput(retireRatingSchema, input);
    const rating = await findRating(tx, ratingId);
    if ((rating.retiredAt !== null) === retired) return { id: rating.id, name: rating.name };
    await tx.verdictRating.update({ where: { id: ratingId }, data: { retiredAt: retired ? new Date() : null } });
    await recordAudit(tx, {
      actorId: me.id,
      action: retired ? "verdict_rating.retire" : "verdict_rating.restore",
      entityType: "verdict_rating",
      entityId: ratingId,
      fromState: retired ? "active" : "retired",
      toState: retired ? "retired" : "active",
    });
    return { id: rating.id, name: rating.name };
  });
}

/** Deletes a rating nobody has used; a rating in use is refused with the advice to retire it. */
