import { describe, expect, it } from "vitest";
import { newActor, refusal } from "@/lib/test-support";
import { db } from "@/lib/db/client";
import { getTokenHolder } from "./get-token-holder";
import { inviteUser } from "./invite-user";
import { issuePasswordReset } from "./issue-password-reset";
import { setPasswordWithToken } from "./set-password-with-token";

const HOUR = 3600_000;
const password = "a long enough password";
const tokenOf = (url: string) => url.split("/set-password/")[1]!;
let counter = 0;

async function invited(now?: Date) {
  const admin = await newActor({ role: "admin" });
  const { user, link } = await inviteUser(
    admin,
    { name: "New Person", email: `new-${counter++}-${Date.now()}@briefdesk.test`, role: "editor" },
    { now },
  );
  return { admin, user, token: tokenOf(link.url) };
}
const userRow = (id: string) => db().user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true } });

describe("setPasswordWithToken", () => {
  it("refuses a password under 12 characters, and the link still works", async () => {
    const { user, token } = await invited();
    const refused = await refusal(setPasswordWithToken({ token, password: "short", confirmPassword: "short" }));
    expect(refused.code).toBe("invalid");
    expect(refused.fieldErrors.password).toEqual(["Use at least 12 characters."]);
    expect(await userRow(user.id)).toEqual({ passwordHash: null, sessionVersion: 0 });
    expect((await getTokenHolder(token)).status).toBe("valid");
  });

  it("refuses a password over 1024 characters", async () => {
    const { token } = await invited();
    const long = "x".repeat(1025);
    expect((await refusal(setPasswordWithToken({ token, password: long, confirmPassword: long }))).fieldErrors.password).toBeDefined();
  });

  it("refuses two passwords that do not match, on the confirmation field", async () => {
    const { user, token } = await invited();
    const refused = await refusal(setPasswordWithToken({ token, password, confirmPassword: `${password}!` }));
    expect(refused.fieldErrors).toEqual({ confirmPassword: ["The two passwords do not match."] });
    expect((await userRow(user.id)).passwordHash).toBeNull();
  });

  it("works once: sets the password, ends earlier sessions, voids the user's other links, and is audited as the user", async () => {
    const { admin, user, token } = await invited();
    const reset = await issuePasswordReset(admin, { userId: user.id });

    expect(await setPasswordWithToken({ token, password, confirmPassword: password })).toEqual({ email: user.email });
    expect(await userRow(user.id)).toMatchObject({ passwordHash: expect.stringMatching(/^scrypt\$/), sessionVersion: 1 });
    expect((await getTokenHolder(tokenOf(reset.link.url))).status).toBe("invalid");

    const twice = await refusal(
      setPasswordWithToken({ token, password: "another long password", confirmPassword: "another long password" }),
    );
    expect(twice.code).toBe("not_found");
    expect(twice.message).toMatch(/already been used/);
    expect((await userRow(user.id)).sessionVersion).toBe(1);

    const entries = await db().auditEntry.findMany({ where: { entityId: user.id, action: "user.set_password" } });
    expect(entries).toEqual([expect.objectContaining({ actorId: user.id, entityType: "user", data: { via: "invite" } })]);
    expect(JSON.stringify(entries)).not.toMatch(new RegExp(`${token}|${password}|scrypt`));
  });

  it("lets only one of two simultaneous submissions through", async () => {
    const { user, token } = await invited();
    const outcomes = await Promise.allSettled([
      setPasswordWithToken({ token, password, confirmPassword: password }),
      setPasswordWithToken({ token, password: "a different password", confirmPassword: "a different password" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect((await userRow(user.id)).sessionVersion).toBe(1);
  });

  it("refuses an expired link, and checks the link before the password", async () => {
    const now = new Date("2026-05-01T08:00:00Z");
    const { user, token } = await invited(now);
    const later = { now: new Date(now.getTime() + 73 * HOUR) };
    expect((await refusal(setPasswordWithToken({ token, password, confirmPassword: password }, later))).message).toMatch(/expired/);
    expect((await refusal(setPasswordWithToken({ token, password: "short", confirmPassword: "" }, later))).message).toMatch(/expired/);
    expect((await userRow(user.id)).passwordHash).toBeNull();
  });

  it("refuses an unknown link and the link of a deactivated user", async () => {
    expect((await refusal(setPasswordWithToken({ token: "not-a-real-token", password, confirmPassword: password }))).code).toBe(
      "not_found",
    );
    expect((await refusal(setPasswordWithToken({ token: "", password, confirmPassword: password }))).code).toBe("invalid");
    const { user, token } = await invited();
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect((await refusal(setPasswordWithToken({ token, password, confirmPassword: password }))).code).toBe("not_found");
    expect(await getTokenHolder("")).toMatchObject({ status: "invalid" });
  });
});
