// A signed-in editor or admin renames themselves; the old and new names go to the audit log.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { updateOwnNameSchema } from "./account-schemas";

export { updateOwnNameSchema } from "./account-schemas";
export type UpdateOwnNameInput = UseCaseInput<typeof updateOwnNameSchema>;
export type UpdateOwnNameResult = Awaited<ReturnType<typeof updateOwnName>>;

const ACCOUNT = { id: true, email: true, name: true, role: true } as const;

export async function updateOwnName(actor: Actor | null, input: UpdateOwnNameInput, tx?: Tx) {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "account.update");
    const data = parseInput(updateOwnNameSchema, input);
    // Saving the same name again changes nothing, so it records nothing.
    if (data.name === me.name) return tx.user.findUniqueOrThrow({ where: { id: me.id }, select: ACCOUNT });
    const user = await tx.user.update({ where: { id: me.id }, data: { name: data.name }, select: ACCOUNT });
    await recordAudit(tx, {
      actorId: me.id,
      action: "user.rename",
      entityType: "user",
      entityId: me.id,
      data: { oldName: me.name, newName: user.name },
    });
    return user;
  });
}
