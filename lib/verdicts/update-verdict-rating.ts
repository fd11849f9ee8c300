// An admin changes a rating's name, definition or value.
import { inTransaction } from "@/lib/db/transaction";
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { assertNameFree, findRating } from "./rating-guards";
import { updateRatingSchema } from "./schemas";
import { parseInput, type UseCaseInput } from "@/lib/validation";

export { updateRatingSchema } from "./schemas";
export type UpdateVerdictRatingInput = UseCaseInput<typeof updateRatingSchema>;
export type UpdateVerdictRatingResult = Awaited<ReturnType<typeof updateVerdictRating>>;

export async function updateVerdictRating(actor: Actor | null, input: UpdateVerdictRatingInput, tx?: Tx) {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const { ratingId, ...data } = parseInput(updateRatingSchema, input);
    await findRating(tx, ratingId);
    await assertNameFree(tx, data.name, ratingId);
    const rating = await tx.verdictRating.update({ where: { id: ratingId }, data, select: { id: true, name: true } });
    await recordAudit(tx, { actorId: me.id, action: "verdict_rating.update", entityType: "verdict_rating", entityId: ratingId, data });
    return rating;
  });
}
