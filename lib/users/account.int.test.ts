import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/test-support";
import { db } from "@/lib/db/client";
import { buildUser } from "@/prisma/seed/factories";
import { changeOwnPassword } from "./change-own-password";
import { verifyPassword } from "./password";
import { updateOwnName } from "./update-own-name";

const password = "a long enough password";
const newPassword = "correct horse battery staple";
const newUser = (overrides: { active?: boolean; role?: "admin" | "editor" } = {}) =>
  db().$transaction((tx) => buildUser(tx, { password, ...overrides }));
const stored = (id: string) =>
  db().user.findUniqueOrThrow({ where: { id }, select: { name: true, passwordHash: true, sessionVersion: true } });
const auditOf = (id: string, action: string) => db().auditEntry.findMany({ where: { entityType: "user", entityId: id, action } });

describe("updateOwnName", () => {
  it("renames the actor, trimmed, and records the old and new name", async () => {
    const me = await newUser({ role: "admin" });
    const result = await updateOwnName(me, { name: "  Ada Lovelace " });
    expect(result).toEqual({ id: me.id, email: me.email, name: "Ada Lovelace", role: "admin" });
    expect((await stored(me.id)).name).toBe("Ada Lovelace");
    const [entry, ...more] = await auditOf(me.id, "user.rename");
    expect(more).toHaveLength(0);
    expect(entry).toMatchObject({ actorId: me.id, data: { oldName: me.name, newName: "Ada Lovelace" } });
  });

  it("refuses an empty or overlong name with a field error and changes nothing", async () => {
    const me = await newUser();
    for (const name of ["   ", "x".repeat(201), null]) {
      const error = await refusal(updateOwnName(me, { name: name as never }));
      expect(error.code).toBe("invalid");
      expect(error.fieldErrors.name).toHaveLength(1);
    }
    expect((await stored(me.id)).name).toBe(me.name);
    expect(await auditOf(me.id, "user.rename")).toEqual([]);
  });

  it("records nothing when the name is unchanged", async () => {
    const me = await newUser();
    await updateOwnName(me, { name: me.name });
    expect(await auditOf(me.id, "user.rename")).toEqual([]);
  });
});

describe("changeOwnPassword", () => {
  const input = { currentPassword: password, newPassword, confirmPassword: newPassword };

  it("refuses a wrong current password as a field error and changes nothing", async () => {
    const me = await newUser();
    const before = await stored(me.id);
    const error = await refusal(changeOwnPassword(me, { ...input, currentPassword: "not my password at all" }));
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors).toEqual({ currentPassword: ["Your current password is not correct."] });
    expect(await stored(me.id)).toEqual(before);
    expect(await auditOf(me.id, "user.password_change")).toEqual([]);
  });

  it("refuses a short new password and a confirmation that does not match", async () => {
    const me = await newUser();
    const before = await stored(me.id);
    const short = await refusal(changeOwnPassword(me, { ...input, newPassword: "too short", confirmPassword: "too short" }));
    expect(short.fieldErrors.newPassword).toEqual(["Use at least 12 characters."]);
    const mismatch = await refusal(changeOwnPassword(me, { ...input, confirmPassword: `${newPassword}!` }));
    expect(mismatch.fieldErrors).toEqual({ confirmPassword: ["The two new passwords do not match."] });
    const missing = await refusal(changeOwnPassword(me, {} as never));
    expect(Object.keys(missing.fieldErrors).sort()).toEqual(["confirmPassword", "currentPassword", "newPassword"]);
    expect(await stored(me.id)).toEqual(before);
  });

  it("changes the password, ends every session and records it without secrets", async () => {
    const me = await newUser();
    const result = await changeOwnPassword(me, input);
    expect(result).toEqual({ id: me.id, email: me.email, sessionVersion: 1 });
    const after = await stored(me.id);
    expect(after.sessionVersion).toBe(1);
    expect(await verifyPassword(password, after.passwordHash!)).toBe(false);
    expect(await verifyPassword(newPassword, after.passwordHash!)).toBe(true);
    const [entry, ...more] = await auditOf(me.id, "user.password_change");
    expect(more).toHaveLength(0);
    expect(entry).toMatchObject({ actorId: me.id, data: null });
  });

  it("asks an account without a password for a set-password link", async () => {
    const me = await db().$transaction((tx) => buildUser(tx));
    const error = await refusal(changeOwnPassword(me, input));
    expect(error.fieldErrors.currentPassword?.[0]).toMatch(/no password yet/);
  });
});

describe("a deactivated or absent actor", () => {
  it("can change neither name nor password", async () => {
    const me = await newUser({ active: false });
    const before = await stored(me.id);
    for (const actor of [me, null]) {
      expect((await refusal(updateOwnName(actor, { name: "New name" }))).code).toBe("unauthenticated");
      expect((await refusal(changeOwnPassword(actor, { currentPassword: password, newPassword, confirmPassword: newPassword }))).code).toBe(
        "unauthenticated",
      );
    }
    expect(await stored(me.id)).toEqual(before);
  });
});
