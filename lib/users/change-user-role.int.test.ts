import { describe, expect, it } from "vitest";
import { newActor, refusal } from "@/lib/test-support";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { changeUserRole } from "./change-user-role";

const auditOf = (userId: string) =>
  db().auditEntry.findMany({ where: { entityType: "user", entityId: userId }, orderBy: { createdAt: "asc" } });
/** Leaves `keep` as the desk's only active admins. */
const onlyAdmins = (...keep: Actor[]) =>
  db().user.updateMany({ where: { role: "admin", id: { notIn: keep.map((a) => a.id) } }, data: { active: false } });

describe("changeUserRole", () => {
  it("promotes and demotes, with an audit entry from the old role to the new", async () => {
    const admin = await newActor({ role: "admin" });
    const editor = await newActor();

    expect(await changeUserRole(admin, { userId: editor.id, role: "admin" })).toMatchObject({ changed: true, user: { role: "admin" } });
    expect(await changeUserRole(admin, { userId: editor.id, role: "editor" })).toMatchObject({ changed: true, user: { role: "editor" } });

    expect(await auditOf(editor.id)).toEqual([
      expect.objectContaining({ actorId: admin.id, action: "user.role_change", fromState: "editor", toState: "admin" }),
      expect.objectContaining({ actorId: admin.id, action: "user.role_change", fromState: "admin", toState: "editor" }),
    ]);
  });

  it("writes nothing when the role is unchanged", async () => {
    const admin = await newActor({ role: "admin" });
    const editor = await newActor();
    expect(await changeUserRole(admin, { userId: editor.id, role: "editor" })).toMatchObject({ changed: false });
    expect(await auditOf(editor.id)).toEqual([]);
  });

  it("refuses an unknown role and an unknown user", async () => {
    const admin = await newActor({ role: "admin" });
    const editor = await newActor();
    expect((await refusal(changeUserRole(admin, { userId: editor.id, role: "owner" as never }))).fieldErrors.role).toBeDefined();
    expect((await refusal(changeUserRole(admin, { userId: "no-such-user", role: "admin" }))).code).toBe("not_found");
  });

  it("is refused to editors", async () => {
    const editor = await newActor();
    const other = await newActor();
    expect((await refusal(changeUserRole(editor, { userId: other.id, role: "admin" }))).code).toBe("forbidden");
    expect((await refusal(changeUserRole(editor, { userId: editor.id, role: "admin" }))).code).toBe("forbidden");
    expect((await db().user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe("editor");
  });

  it("never demotes the last active admin, and does once there is another", async () => {
    const last = await newActor({ role: "admin" });
    await onlyAdmins(last);
    const deactivatedAdmin = await newActor({ role: "admin", active: false });

    const refused = await refusal(changeUserRole(last, { userId: last.id, role: "editor" }));
    expect(refused.code).toBe("conflict");
    expect(refused.message).toMatch(/last active admin/);
    expect((await db().user.findUniqueOrThrow({ where: { id: last.id } })).role).toBe("admin");
    // A deactivated admin is not an admin anyone can use: demoting them is fine.
    expect((await changeUserRole(last, { userId: deactivatedAdmin.id, role: "editor" })).changed).toBe(true);

    const second = await newActor({ role: "admin" });
    expect((await changeUserRole(second, { userId: last.id, role: "editor" })).user.role).toBe("editor");
    expect((await refusal(changeUserRole(second, { userId: second.id, role: "editor" }))).code).toBe("conflict");
  });

  it("lets only one of two admins demote the other at the same moment", async () => {
    const [a, b] = [await newActor({ role: "admin" }), await newActor({ role: "admin" })];
    await onlyAdmins(a, b);
    const outcomes = await Promise.allSettled([
      changeUserRole(a, { userId: b.id, role: "editor" }),
      changeUserRole(b, { userId: a.id, role: "editor" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(await db().user.count({ where: { role: "admin", active: true } })).toBe(1);
  });
});
