// The first line of every domain function. The actor's role and active flag are read
// again inside the caller's transaction, so a user demoted or deactivated a moment ago
// can do nothing more, whatever their session still says.
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { can, type Actor, type Permission } from "./policy";

export async function authorize(tx: Tx, actor: Actor | null, permission: Permission): Promise<Actor> {
  if (!actor) throw new AppError("unauthenticated", "Please sign in.");
  const current = await tx.user.findUnique({
    where: { id: actor.id },
    select: { id: true, role: true, name: true, email: true, active: true },
  });
  if (!current?.active) throw new AppError("unauthenticated", "Your account is not active. Please sign in again.");
  if (!can(current, permission)) throw new AppError("forbidden", "You do not have permission to do that.");
  return { id: current.id, role: current.role, name: current.name, email: current.email };
}
