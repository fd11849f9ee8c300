// An admin deletes a rating nobody has used. A rating in use — by a claim of any brief,
// or in any revision or publication — is never deleted, only retired: published
// verdicts keep their meaning and old revisions can still be restored.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { Prisma, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findRating } from "./rating-guards";
import { ratingIdSchema } from "./schemas";
import { parseInput, type UseCaseInput } from "@/lib/validation";

export { ratingIdSchema } from "./schemas";
export type DeleteVerdictRatingInput = UseCaseInput<typeof ratingIdSchema>;
export type DeleteVerdictRatingResult = Awaited<ReturnType<typeof deleteVerdictRating>>;

export async function deleteVerdictRating(actor: Actor | null, input: DeleteVerdictRatingInput, tx?: Tx) {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const { ratingId } = parseInput(ratingIdSchema, input);
    await tx.$queryRaw`SELECT id FROM "VerdictRating" WHERE id = ${ratingId} FOR UPDATE`;
    const rating = await findRating(tx, ratingId);
    if (await ratingInUse(tx, ratingId)) {
      throw new AppError(
        "conflict",
        `“${rating.name}” is the verdict of a claim (in a draft, a revision or a publication): retire it instead, so that it cannot be chosen again.`,
      );
    }
    await tx.verdictRating.delete({ where: { id: ratingId } });
    await recordAudit(tx, {
      actorId: me.id,
      action: "verdict_rating.delete",
      entityType: "verdict_rating",
      entityId: ratingId,
      data: { name: rating.name },
    });
    return { id: rating.id, name: rating.name };
  });
}

async function ratingInUse(tx: Tx, ratingId: string): Promise<boolean> {
  if (await tx.claim.count({ where: { ratingId } })) return true;
  // Frozen snapshots name the rating by id (SnapshotClaim.verdict.id); restoring or showing them needs it.
  const inSnapshots = (table: "Publication" | "Revision") => Prisma.sql`
    SELECT 1 FROM ${Prisma.raw(`"${table}"`)} s, jsonb_array_elements(CASE WHEN jsonb_typeof(s.snapshot->'claims') = 'array' THEN s.snapshot->'claims' ELSE '[]'::jsonb END) c
    WHERE c->'verdict'->>'id' = ${ratingId}`;
  const [row] = await tx.$queryRaw<{ used: boolean }[]>`
    SELECT EXISTS (${inSnapshots("Publication")}) OR EXISTS (${inSnapshots("Revision")}) AS used`;
  return row?.used ?? false;
}
