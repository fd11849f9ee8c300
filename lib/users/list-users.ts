// Everyone on the desk, for the admins' user list: active people first, then by name.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { USER_SUMMARY, type UserSummary } from "./user-summary";

/** `hasPassword` is false for an invited user who has not used their link yet. */
export type UserListEntry = UserSummary & { hasPassword: boolean };

export async function listUsers(actor: Actor | null): Promise<UserListEntry[]> {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "users.manage");
    const users = await tx.user.findMany({ select: USER_SUMMARY, orderBy: [{ active: "desc" }, { name: "asc" }, { email: "asc" }] });
    const withoutPassword = new Set(
      (await tx.user.findMany({ where: { passwordHash: null }, select: { id: true } })).map((user) => user.id),
    );
    return users.map((user) => ({ ...user, hasPassword: !withoutPassword.has(user.id) }));
  });
}
