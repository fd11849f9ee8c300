// An admin takes someone off the desk without deleting them (their work keeps its
// author). Raising sessionVersion ends their sessions at the next request; their
// unused links are voided so that reactivating them does not revive one. The last
// active admin cannot be deactivated.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { assertNotLastActiveAdmin, findTarget } from "./guards";
import { userTargetSchema } from "./schemas";
import { USER_SUMMARY, type UserSummary } from "./user-summary";

export { userTargetSchema } from "./schemas";
export type DeactivateUserInput = UseCaseInput<typeof userTargetSchema>;
export type DeactivateUserResult = UserSummary;

export async function deactivateUser(actor: Actor | null, input: DeactivateUserInput, tx?: Tx): Promise<DeactivateUserResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "users.manage");
    const data = parseInput(userTargetSchema, input);
    const target = await findTarget(tx, data.userId);
    if (!target.active) throw new AppError("conflict", `${target.name} is already deactivated.`);
    if (target.role === "admin") {
      await assertNotLastActiveAdmin(
        tx,
        target.id,
        `${target.name} is the last active admin and cannot be deactivated. Make someone else an admin first.`,
      );
    }

    const now = new Date();
    const user = await tx.user.update({
      where: { id: target.id },
      data: { active: false, sessionVersion: { increment: 1 } },
      select: USER_SUMMARY,
    });
    await tx.userToken.updateMany({ where: { userId: target.id, usedAt: null }, data: { usedAt: now } });
    await recordAudit(tx, {
      actorId: me.id,
      action: "user.deactivate",
      entityType: "user",
      entityId: user.id,
      fromState: "active",
      toState: "deactivated",
    });
    return user;
  });
}
