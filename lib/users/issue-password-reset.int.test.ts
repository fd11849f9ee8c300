import { describe, expect, it } from "vitest";
import { newActor, refusal } from "@/lib/test-support";
import { db } from "@/lib/db/client";
import { getTokenHolder } from "./get-token-holder";
import { issuePasswordReset } from "./issue-password-reset";
import { verifyPassword } from "./password";
import { setPasswordWithToken } from "./set-password-with-token";

const HOUR = 3600_000;
const tokenOf = (url: string) => url.split("/set-password/")[1]!;

describe("issuePasswordReset", () => {
  it("gives a two-hour link that voids the earlier ones", async () => {
    const admin = await newActor({ role: "admin" });
    const editor = await newActor({ password: "the old password" });
    const now = new Date("2026-04-01T12:00:00Z");
    const first = await issuePasswordReset(admin, { userId: editor.id }, { now });
    const second = await issuePasswordReset(admin, { userId: editor.id }, { now: new Date(now.getTime() + 60_000) });

    expect(second.link.expiresAt).toEqual(new Date(now.getTime() + 60_000 + 2 * HOUR));
    expect((await getTokenHolder(tokenOf(first.link.url), { now })).status).toBe("invalid");
    expect(await getTokenHolder(tokenOf(second.link.url), { now })).toMatchObject({
      status: "valid",
      email: editor.email,
      purpose: "password_reset",
    });

    const password = "the brand new password";
    await setPasswordWithToken({ token: tokenOf(second.link.url), password, confirmPassword: password }, { now });
    const { passwordHash } = await db().user.findUniqueOrThrow({ where: { id: editor.id } });
    expect(await verifyPassword(password, passwordHash!)).toBe(true);
  });

  it("writes an audit entry that holds neither link nor token", async () => {
    const admin = await newActor({ role: "admin" });
    const editor = await newActor();
    const { link } = await issuePasswordReset(admin, { userId: editor.id });
    const entries = await db().auditEntry.findMany({ where: { entityType: "user", entityId: editor.id } });
    expect(entries).toEqual([expect.objectContaining({ actorId: admin.id, action: "user.reset_link" })]);
    expect(JSON.stringify(entries)).not.toContain(tokenOf(link.url));
  });

  it("refuses a deactivated user and an unknown one", async () => {
    const admin = await newActor({ role: "admin" });
    const inactive = await newActor({ active: false });
    expect((await refusal(issuePasswordReset(admin, { userId: inactive.id }))).code).toBe("conflict");
    expect((await refusal(issuePasswordReset(admin, { userId: "no-such-user" }))).code).toBe("not_found");
    expect(await db().userToken.count({ where: { userId: inactive.id } })).toBe(0);
  });

  it("is refused to editors, even for themselves", async () => {
    const editor = await newActor();
    expect((await refusal(issuePasswordReset(editor, { userId: editor.id }))).code).toBe("forbidden");
    expect(await db().userToken.count({ where: { userId: editor.id } })).toBe(0);
  });
});
