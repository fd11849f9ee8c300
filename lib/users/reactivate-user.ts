// An admin lets a deactivated user back in. They sign in again with their password
// (their old sessions stay ended), or an admin issues them a reset link.
import { inTransaction } from "@/lib/db/transaction";
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { findTarget } from "./guards";
import { userTargetSchema } from "./schemas";
import { USER_SUMMARY, type UserSummary } from "./user-summary";

export { userTargetSchema } from "./schemas";
export type ReactivateUserInput = UseCaseInput<typeof userTargetSchema>;
export type ReactivateUserResult = UserSummary;

export async function reactivateUser(actor: Actor | null, input: ReactivateUserInput, tx?: Tx): Promise<ReactivateUserResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "users.manage");
    const data = parseInput(userTargetSchema, input);
    const target = await findTarget(tx, data.userId);
    if (target.active) throw new AppError("conflict", `${target.name} is already active.`);

    const user = await tx.user.update({ where: { id: target.id }, data: { active: true }, select: USER_SUMMARY });
    await recordAudit(tx, {
      actorId: me.id,
      action: "user.reactivate",
      entityType: "user",
      entityId: user.id,
      fromState: "deactivated",
      toState: "active",
    });
    return user;
  });
}
