// Checks shared by the user-management functions; each runs inside the caller's
// transaction.
import { Prisma, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { USER_SUMMARY, type UserSummary } from "./user-summary";

export function emailTaken(): AppError {
  return new AppError("invalid", "Please correct the highlighted fields.", { email: ["A user with this email already exists."] });
}

/** The unique index on email refused a write: another request took the address first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function findTarget(tx: Tx, userId: string): Promise<UserSummary> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: USER_SUMMARY });
  if (!user) throw new AppError("not_found", "That user no longer exists.");
  return user;
}

/**
 * The desk always keeps one active admin: `userId` may not stop being one if it is
 * the last. The active admins' rows are locked, so two admins demoting each other at
 * the same moment cannot both succeed: the second waits, then counts again.
 */
export async function assertNotLastActiveAdmin(tx: Tx, userId: string, refusal: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`;
  if (admins.some((admin) => admin.id === userId) && admins.length <= 1) throw new AppError("conflict", refusal);
}
