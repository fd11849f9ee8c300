// A signed-in editor or admin changes their own password, proving they know the
// current one. The change raises sessionVersion, which ends every session of the
// user, this one included: whoever holds an old session cookie must sign in again.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { changeOwnPasswordSchema } from "./account-schemas";
import { hashPassword, verifyPassword } from "./password";

export { changeOwnPasswordSchema } from "./account-schemas";
export type ChangeOwnPasswordInput = UseCaseInput<typeof changeOwnPasswordSchema>;
export type ChangeOwnPasswordResult = Awaited<ReturnType<typeof changeOwnPassword>>;

const WRONG_CURRENT = "Your current password is not correct.";

export async function changeOwnPassword(actor: Actor | null, input: ChangeOwnPasswordInput) {
  const { me, data, storedHash } = await db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "account.update");
    const data = parseInput(changeOwnPasswordSchema, input);
    const { passwordHash } = await tx.user.findUniqueOrThrow({ where: { id: me.id }, select: { passwordHash: true } });
    return { me, data, storedHash: passwordHash };
  });

  // scrypt is deliberately slow: verify and hash with no transaction open.
  if (!storedHash) {
    throw new AppError("invalid", "Please correct the highlighted fields.", {
      currentPassword: ["Your account has no password yet: ask an admin for a set-password link."],
    });
  }
  if (!(await verifyPassword(data.currentPassword, storedHash))) {
    throw new AppError("invalid", "Please correct the highlighted fields.", { currentPassword: [WRONG_CURRENT] });
  }
  const passwordHash = await hashPassword(data.newPassword);

  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "account.update");
    // Only over the hash just verified: a password changed or reset meanwhile wins.
    const { count } = await tx.user.updateMany({
      where: { id: me.id, passwordHash: storedHash },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (count === 0)
      throw new AppError("conflict", "Your password was changed elsewhere a moment ago; nothing was saved. Please sign in again.");
    await recordAudit(tx, { actorId: me.id, action: "user.password_change", entityType: "user", entityId: me.id });
    return tx.user.findUniqueOrThrow({ where: { id: me.id }, select: { id: true, email: true, sessionVersion: true } });
  });
}
