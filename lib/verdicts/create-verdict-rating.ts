// An admin adds a rating at the end of the verdict scale; names are unique, whatever their case.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { assertNameFree } from "./rating-guards";
import { createRatingSchema } from "./schemas";
import { parseInput, type UseCaseInput } from "@/lib/validation";

export { createRatingSchema } from "./schemas";
export type CreateVerdictRatingInput = UseCaseInput<typeof createRatingSchema>;
export type CreateVerdictRatingResult = Awaited<ReturnType<typeof createVerdictRating>>;

export async function createVerdictRating(actor: Actor | null, input: CreateVerdictRatingInput, tx?: Tx) {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const data = parseInput(createRatingSchema, input);
    await assertNameFree(tx, data.name);
    const last = await tx.verdictRating.aggregate({ _max: { position: true } });
    const rating = await tx.verdictRating.create({
      data: { ...data, position: (last._max.position ?? -1) + 1 },
      select: { id: true, name: true },
    });
    await recordAudit(tx, { actorId: me.id, action: "verdict_rating.create", entityType: "verdict_rating", entityId: rating.id, data });
    return rating;
  });
}

/** Changes a rating's name, definition or value; claims already published keep the words they were published with. */
