// Who may do what: the one place that says it. Every domain function asks here
// (through `authorize`) before it does anything; pages only use `can` to decide what
// to show, never as the check itself.
import type { Role } from "@/lib/db/client";

export type Actor = { id: string; role: Role; name: string; email: string };

const EDITORS: readonly Role[] = ["admin", "editor"];
const ADMINS: readonly Role[] = ["admin"];

export const POLICY = {
  /** open the desk, read drafts, write briefs, review */
  "desk.use": EDITORS,
  /** change one's own name and password */
  "account.update": EDITORS,
  /** list, invite, change roles, deactivate, reactivate, issue reset links */
  "users.manage": ADMINS,
  /** the source registry */
  "sources.manage": ADMINS,
  /** desk-wide settings */
  "settings.manage": ADMINS,
  /** the audit log */
  "audit.read": ADMINS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof POLICY;

export function can(actor: Pick<Actor, "role"> | null, permission: Permission): boolean {
  return actor !== null && (POLICY[permission] as readonly Role[]).includes(actor.role);
}
