// An admin makes someone an admin or an editor. The last active admin keeps the role,
// so the desk is never left without someone who can manage it.
import { inTransaction } from "@/lib/db/transaction";
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { assertNotLastActiveAdmin, findTarget } from "./guards";
import { changeUserRoleSchema } from "./schemas";
import { USER_SUMMARY, type UserSummary } from "./user-summary";

export { changeUserRoleSchema } from "./schemas";
export type ChangeUserRoleInput = UseCaseInput<typeof changeUserRoleSchema>;
export type ChangeUserRoleResult = { user: UserSummary; changed: boolean };

/** `changed` is false when the user already had that role (nothing is written). */
export async function changeUserRole(actor: Actor | null, input: ChangeUserRoleInput, tx?: Tx): Promise<ChangeUserRoleResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "users.manage");
    const data = parseInput(changeUserRoleSchema, input);
    const target = await findTarget(tx, data.userId);
    if (target.role === data.role) return { user: target, changed: false };
    if (target.role === "admin") {
      await assertNotLastActiveAdmin(tx, target.id, `${target.name} is the last active admin. Make someone else an admin first.`);
    }

    const user = await tx.user.update({ where: { id: target.id }, data: { role: data.role }, select: USER_SUMMARY });
    await recordAudit(tx, {
      actorId: me.id,
      action: "user.role_change",
      entityType: "user",
      entityId: user.id,
      fromState: target.role,
      toState: user.role,
    });
    return { user, changed: true };
  });
}
