// An admin moves a rating one place up or down the scale: the order readers see on /methodology.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { moveRatingSchema } from "./schemas";
import { parseInput, type UseCaseInput } from "@/lib/validation";

export { moveRatingSchema } from "./schemas";
export type MoveVerdictRatingInput = UseCaseInput<typeof moveRatingSchema>;
export type MoveVerdictRatingResult = Awaited<ReturnType<typeof moveVerdictRating>>;

export async function moveVerdictRating(actor: Actor | null, input: MoveVerdictRatingInput, tx?: Tx) {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const { ratingId, direction } = parseInput(moveRatingSchema, input);
    await tx.$queryRaw`SELECT id FROM "VerdictRating" FOR UPDATE`;
    const ordered = await tx.verdictRating.findMany({
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, name: true },
    });
    const at = ordered.findIndex((r) => r.id === ratingId);
    if (at < 0) throw new AppError("not_found", "This rating no longer exists.");
    const to = direction === "up" ? at - 1 : at + 1;
    const moving = ordered[at]!;
    if (to < 0 || to >= ordered.length) return { id: ratingId, name: moving.name };
    ordered.splice(at, 1);
    ordered.splice(to, 0, moving);
    for (const [position, r] of ordered.entries()) await tx.verdictRating.update({ where: { id: r.id }, data: { position } });
    await recordAudit(tx, {
      actorId: me.id,
      action: "verdict_rating.move",
      entityType: "verdict_rating",
      entityId: ratingId,
      data: { direction },
    });
    return { id: ratingId, name: moving.name };
  });
}
