// The expected outcome of every server action and route handler for each kind of
// caller, with a call into the domain function the action delegates to. Read by
// authorization-matrix.int.test.ts (test support, never imported by the app); add a row with every new action or route.
import type { Actor } from "./policy";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { changeUserRole } from "@/lib/users/change-user-role";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { inviteUser } from "@/lib/users/invite-user";
import { issuePasswordReset } from "@/lib/users/issue-password-reset";
import { reactivateUser } from "@/lib/users/reactivate-user";
import { buildUser } from "@/prisma/seed/factories";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { updateOwnName } from "@/lib/users/update-own-name";
import { checkSlug } from "@/lib/briefs/check-slug";
import { createBrief } from "@/lib/briefs/create-brief";
import { previewBody } from "@/lib/briefs/preview-body";
import { updateBrief } from "@/lib/briefs/update-brief";
import { recordRevision } from "@/lib/revisions/record-revision";
import { restoreRevision } from "@/lib/revisions/restore-revision";
import { buildBrief } from "@/prisma/seed/factories";

export type Who = "anonymous" | "editor" | "admin" | "deactivated";
export type Outcome = "allow" | "deny";

type Row =
  | { kind: "public"; why: string }
  | {
      kind: "guarded";
      /** the domain function the action calls */
      domain: string;
      call: (actor: Actor | null) => Promise<unknown>;
      expect: Record<Who, Outcome>;
    };

export const ADMIN_ONLY: Record<Who, Outcome> = { anonymous: "deny", editor: "deny", admin: "allow", deactivated: "deny" };
export const EDITORS: Record<Who, Outcome> = { anonymous: "deny", editor: "allow", admin: "allow", deactivated: "deny" };

/** A fresh draft brief for a row to act on. */
async function matrixBrief() {
  return db().$transaction((tx) => buildBrief(tx, { slug: `matrix-${randomBytes(6).toString("hex")}` }));
}

export const MATRIX: Record<string, Row> = {
  "app/desk/briefs/actions/create-brief.ts#createBriefAction": {
    kind: "guarded", domain: "createBrief", expect: EDITORS,
    call: (actor) => createBrief(actor, { title: "Matrix", slug: `matrix-${randomBytes(6).toString("hex")}`, summary: "", body: "", topics: [] }),
  },
  "app/desk/briefs/actions/save-brief.ts#saveBriefAction": {
    kind: "guarded", domain: "updateBrief", expect: EDITORS,
    call: async (actor) => {
      const brief = await matrixBrief();
      return updateBrief(actor, { briefId: brief.id, baseVersion: brief.version, fields: { title: "Changed", slug: brief.slug, summary: "", body: "", topics: [] } });
    },
  },
  "app/desk/briefs/actions/restore-revision.ts#restoreRevisionAction": {
    kind: "guarded", domain: "restoreRevision", expect: EDITORS,
    call: async (actor) => {
      const brief = await matrixBrief();
      await db().$transaction(async (tx) => recordRevision(tx, { briefId: brief.id, authorId: (await buildUser(tx)).id, briefVersion: 1 }));
      return restoreRevision(actor, { briefId: brief.id, number: 1, baseVersion: 1 });
    },
  },
  "app/desk/briefs/actions/check-slug.ts#checkSlugAction": {
    kind: "guarded", domain: "checkSlug", expect: EDITORS,
    call: (actor) => checkSlug(actor, { title: "Any title" }),
  },
  "app/desk/briefs/actions/preview-body.ts#previewBodyAction": {
    kind: "guarded", domain: "previewBody", expect: EDITORS,
    call: async (actor) => previewBody(actor, { briefId: (await matrixBrief()).id, body: "Body [@q1]" }),
  },
  "app/api/auth/[...nextauth]/route.ts#GET": { kind: "public", why: "next-auth: sign-in page data, CSRF token, session of the caller" },
  "app/api/auth/[...nextauth]/route.ts#POST": { kind: "public", why: "next-auth: sign in (throttled) and sign out" },
  "app/desk/account/actions/update-name.ts#updateNameAction": {
    kind: "guarded", domain: "updateOwnName", expect: EDITORS,
    call: (actor) => updateOwnName(actor, { name: "Renamed In The Matrix" }),
  },
  "app/desk/account/actions/change-password.ts#changePasswordAction": {
    kind: "guarded", domain: "changeOwnPassword", expect: EDITORS,
    // to the same password, so that the matrix users keep the one they were made with
    call: (actor) => changeOwnPassword(actor, { currentPassword: "a long enough password", newPassword: "a long enough password", confirmPassword: "a long enough password" }),
  },
  // user management (admins): each call acts on a fresh editor of its own
  "app/desk/admin/users/actions/invite-user.ts#inviteUserAction": {
    kind: "guarded", domain: "inviteUser", expect: ADMIN_ONLY,
    call: (actor) => inviteUser(actor, { name: "Invited In The Matrix", email: `matrix-${randomBytes(4).toString("hex")}@briefdesk.test`, role: "editor" }),
  },
  "app/desk/admin/users/actions/change-user-role.ts#changeUserRoleAction": {
    kind: "guarded", domain: "changeUserRole", expect: ADMIN_ONLY,
    call: async (actor) => changeUserRole(actor, { userId: (await matrixTarget()).id, role: "admin" }),
  },
  "app/desk/admin/users/actions/deactivate-user.ts#deactivateUserAction": {
    kind: "guarded", domain: "deactivateUser", expect: ADMIN_ONLY,
    call: async (actor) => deactivateUser(actor, { userId: (await matrixTarget()).id }),
  },
  "app/desk/admin/users/actions/reactivate-user.ts#reactivateUserAction": {
    kind: "guarded", domain: "reactivateUser", expect: ADMIN_ONLY,
    call: async (actor) => reactivateUser(actor, { userId: (await matrixTarget({ active: false })).id }),
  },
  "app/desk/admin/users/actions/issue-password-reset.ts#issuePasswordResetAction": {
    kind: "guarded", domain: "issuePasswordReset", expect: ADMIN_ONLY,
    call: async (actor) => issuePasswordReset(actor, { userId: (await matrixTarget()).id }),
  },
  "app/(auth)/set-password/[token]/actions/set-password.ts#setPasswordAction": {
    kind: "public",
    why: "whoever holds a one-time set-password link: the token is the authority (setPasswordWithToken requires it unused, unexpired and of an active user)",
  },
};

/** A user for an admin action to act on. */
function matrixTarget(overrides: { active?: boolean } = {}) {
  return db().$transaction((tx) => buildUser(tx, overrides));
}
