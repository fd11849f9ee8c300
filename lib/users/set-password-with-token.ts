// Someone sets their password from a one-time link (invitation or reset). The link is
// the authority, so there is no actor: it must be unused, unexpired and belong to an
// active user. It is used up in the same transaction that stores the password, along
// with the user's other unused links, and sessions from before are ended.
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { hashPassword } from "./password";
import { setPasswordSchema, tokenSchema } from "./schemas";
import { findUsableToken } from "./user-tokens";

export { setPasswordSchema } from "./schemas";
/** The link's token and the new password typed twice. */
export type SetPasswordWithTokenInput = UseCaseInput<typeof tokenSchema> & UseCaseInput<typeof setPasswordSchema>;

export async function setPasswordWithToken(
  input: SetPasswordWithTokenInput,
  { now = new Date() }: { now?: Date } = {},
): Promise<{ email: string }> {
  return db().$transaction(async (tx) => {
    // The link first: a password typed for a dead link is not worth correcting.
    const { token } = parseInput(tokenSchema, input);
    const found = await findUsableToken(tx, token, now);
    const data = parseInput(setPasswordSchema, input);

    // Claim the link: of two submissions at once, only one finds it unused.
    const claimed = await tx.userToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) {
      throw new AppError("not_found", "This link has already been used or is no longer valid. Ask an admin for a new one.");
    }
    await tx.userToken.updateMany({ where: { userId: found.userId, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({
      where: { id: found.userId },
      data: { passwordHash: await hashPassword(data.password), sessionVersion: { increment: 1 } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: found.userId,
      action: "user.set_password",
      entityType: "user",
      entityId: found.userId,
      data: { via: found.purpose },
    });
    return { email: found.user.email };
  });
}
