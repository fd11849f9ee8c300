import { describe, expect, it } from "vitest";
import { newActor, refusal } from "@/lib/test-support";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { deactivateUser } from "./deactivate-user";
import { getTokenHolder } from "./get-token-holder";
import { issuePasswordReset } from "./issue-password-reset";
import { reactivateUser } from "./reactivate-user";

const stored = (id: string) => db().user.findUniqueOrThrow({ where: { id }, select: { active: true, sessionVersion: true } });
const auditOf = (userId: string) =>
  db().auditEntry.findMany({ where: { entityType: "user", entityId: userId }, orderBy: { createdAt: "asc" } });

describe("deactivateUser and reactivateUser", () => {
  it("deactivation ends sessions and voids links; reactivation lets the user back in; both are audited", async () => {
    const admin = await newActor({ role: "admin" });
    const editor = await newActor({ password: "a long enough password" });
    const { link } = await issuePasswordReset(admin, { userId: editor.id });

    expect(await deactivateUser(admin, { userId: editor.id })).toMatchObject({ id: editor.id, active: false });
    expect(await stored(editor.id)).toEqual({ active: false, sessionVersion: 1 });
    // The user's next request is refused, whatever their session says.
    expect((await refusal(db().$transaction((tx) => authorize(tx, editor, "desk.use")))).code).toBe("unauthenticated");

    expect(await reactivateUser(admin, { userId: editor.id })).toMatchObject({ id: editor.id, active: true });
    expect(await stored(editor.id)).toEqual({ active: true, sessionVersion: 1 });
    expect(await db().$transaction((tx) => authorize(tx, editor, "desk.use"))).toMatchObject({ id: editor.id });
    // The reset link issued before deactivation stays dead.
    expect((await getTokenHolder(link.url.split("/set-password/")[1]!)).status).toBe("invalid");

    expect((await auditOf(editor.id)).map((e) => [e.action, e.actorId, e.fromState, e.toState])).toEqual([
      ["user.reset_link", admin.id, null, null],
      ["user.deactivate", admin.id, "active", "deactivated"],
      ["user.reactivate", admin.id, "deactivated", "active"],
    ]);
  });

  it("says so when the user is already in that state", async () => {
    const admin = await newActor({ role: "admin" });
    const active = await newActor();
    const inactive = await newActor({ active: false });
    expect((await refusal(reactivateUser(admin, { userId: active.id }))).code).toBe("conflict");
    expect((await refusal(deactivateUser(admin, { userId: inactive.id }))).code).toBe("conflict");
    expect((await refusal(deactivateUser(admin, { userId: "no-such-user" }))).code).toBe("not_found");
  });

  it("are refused to editors", async () => {
    const editor = await newActor();
    const other = await newActor();
    const inactive = await newActor({ active: false });
    expect((await refusal(deactivateUser(editor, { userId: other.id }))).code).toBe("forbidden");
    expect((await refusal(reactivateUser(editor, { userId: inactive.id }))).code).toBe("forbidden");
    expect((await stored(other.id)).active).toBe(true);
    expect((await stored(inactive.id)).active).toBe(false);
  });

  it("never deactivate the last active admin, and do once there is another", async () => {
    const last = await newActor({ role: "admin" });
    await db().user.updateMany({ where: { role: "admin", id: { not: last.id } }, data: { active: false } });

    const refused = await refusal(deactivateUser(last, { userId: last.id }));
    expect(refused.code).toBe("conflict");
    expect(refused.message).toMatch(/last active admin/);
    expect(await stored(last.id)).toEqual({ active: true, sessionVersion: 0 });

    const second = await newActor({ role: "admin" });
    expect((await deactivateUser(second, { userId: last.id })).active).toBe(false);
    expect((await refusal(deactivateUser(second, { userId: second.id }))).code).toBe("conflict");
  });
});
