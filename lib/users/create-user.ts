// Adds a person to the desk: an admin from the desk (an invitation), or the command
// line (the trusted "system" actor: how a new installation gets its first admin). The
// account gets either the password given or a one-time link to set one (72 hours).
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Tx } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { emailTaken, isUniqueViolation } from "./guards";
import { hashPassword } from "./password";
import { createUserSchema } from "./schemas";
import { USER_SUMMARY, type IssuedLink, type UserSummary } from "./user-summary";
import { issueUserToken } from "./user-tokens";

/** The acting user's id, or null for the system; refuses actors who may not manage users. */
async function actingId(tx: Tx, actor: Actor | "system" | null): Promise<string | null> {
  if (actor === "system") return null;
  return (await authorize(tx, actor, "users.manage")).id;
}

export { createUserSchema } from "./schemas";
export type CreateUserInput = UseCaseInput<typeof createUserSchema>;

export async function createUser(
  actor: Actor | "system" | null,
  input: CreateUserInput,
  { now = new Date() }: { now?: Date } = {},
): Promise<{ user: UserSummary; link: IssuedLink | null }> {
  // Refuse early, before any slow hashing; checked again inside the transaction.
  await actingId(db(), actor);
  const data = parseInput(createUserSchema, input);
  const passwordHash = data.password === undefined ? null : await hashPassword(data.password);

  return db()
    .$transaction(async (tx) => {
      const actorId = await actingId(tx, actor);
      if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) throw emailTaken();
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, role: data.role, passwordHash },
        select: USER_SUMMARY,
      });
      const link = passwordHash ? null : await issueUserToken(tx, { userId: user.id, purpose: "invite", issuedById: actorId, now });
      await recordAudit(tx, {
        actorId,
        action: link ? "user.invite" : "user.create",
        entityType: "user",
        entityId: user.id,
        toState: user.role,
        data: { name: user.name, email: user.email, ...(link && { linkExpiresAt: link.expiresAt.toISOString() }) },
      });
      return { user, link };
    })
    .catch((error: unknown) => {
      // Two creations of one address at the same moment: the unique index refuses the second.
      throw isUniqueViolation(error) ? emailTaken() : error;
    });
}
