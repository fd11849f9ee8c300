import { describe, expect, it } from "vitest";
import { newActor, refusal } from "@/lib/test-support";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db/client";
import { type AppError } from "@/lib/errors";
import { getTokenHolder } from "./get-token-holder";
import { inviteUser } from "./invite-user";
import { listUsers } from "./list-users";
import { verifyPassword } from "./password";
import { setPasswordWithToken } from "./set-password-with-token";

const HOUR = 3600_000;
const password = "a long enough password";
const tokenOf = (url: string) => url.split("/set-password/")[1]!;
let counter = 0;
const freshEmail = () => `invited-${Date.now()}-${counter++}@briefdesk.test`;

describe("inviteUser", () => {
  it("creates an active user without a password, and a link that sets one once", async () => {
    const admin = await newActor({ role: "admin" });
    const now = new Date("2026-03-01T09:00:00Z");
    const { user, link } = await inviteUser(
      admin,
      { name: "  Ada Lovelace ", email: "  Ada.Lovelace@Example.TEST ", role: "editor" },
      { now },
    );

    expect(user).toMatchObject({ name: "Ada Lovelace", email: "ada.lovelace@example.test", role: "editor", active: true });
    expect(user).not.toHaveProperty("passwordHash");
    expect(link.expiresAt).toEqual(new Date(now.getTime() + 72 * HOUR));
    expect(link.url).toMatch(/\/set-password\/[\w-]{40,}$/);
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toBeNull();
    expect((await listUsers(admin)).find((u) => u.id === user.id)).toMatchObject({ hasPassword: false, active: true });

    const token = tokenOf(link.url);
    expect(await getTokenHolder(token, { now })).toMatchObject({
      status: "valid",
      name: "Ada Lovelace",
      email: user.email,
      purpose: "invite",
    });
    await setPasswordWithToken({ token, password, confirmPassword: password }, { now: new Date(now.getTime() + HOUR) });

    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(password, after.passwordHash!)).toBe(true);
    expect(after.sessionVersion).toBe(1);
    expect(await authenticate({ email: user.email, password, address: "10.9.0.1" })).toMatchObject({ id: user.id });
    expect((await listUsers(admin)).find((u) => u.id === user.id)?.hasPassword).toBe(true);

    const again = await refusal(
      setPasswordWithToken({ token, password: "another long password", confirmPassword: "another long password" }),
    );
    expect(again.code).toBe("not_found");
    expect(await getTokenHolder(token)).toMatchObject({ status: "invalid", message: expect.stringMatching(/already been used/) });
  });

  it("gives a link that expires after 72 hours", async () => {
    const admin = await newActor({ role: "admin" });
    const now = new Date("2026-03-01T09:00:00Z");
    const { link } = await inviteUser(admin, { name: "Late Comer", email: freshEmail(), role: "editor" }, { now });
    const token = tokenOf(link.url);

    expect((await getTokenHolder(token, { now: new Date(now.getTime() + 72 * HOUR - 1000) })).status).toBe("valid");
    const late = new Date(now.getTime() + 72 * HOUR);
    expect(await getTokenHolder(token, { now: late })).toEqual({ status: "invalid", message: expect.stringMatching(/expired/) });
    const refused = await refusal(setPasswordWithToken({ token, password, confirmPassword: password }, { now: late }));
    expect(refused.message).toMatch(/expired/);
  });

  it("refuses an email that is already taken, whatever its case, with an error on the email field", async () => {
    const admin = await newActor({ role: "admin" });
    const existing = await newActor();
    const refused = await refusal(inviteUser(admin, { name: "Twin", email: ` ${existing.email.toUpperCase()} `, role: "editor" }));
    expect(refused.code).toBe("invalid");
    expect(refused.fieldErrors.email).toEqual(["A user with this email already exists."]);
    expect(await db().user.count({ where: { name: "Twin" } })).toBe(0);
  });

  it("lets only one of two simultaneous invitations for one address through", async () => {
    const admin = await newActor({ role: "admin" });
    const email = freshEmail();
    const outcomes = await Promise.allSettled([
      inviteUser(admin, { name: "First", email, role: "editor" }),
      inviteUser(admin, { name: "Second", email, role: "editor" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).fieldErrors.email).toEqual(["A user with this email already exists."]);
  });

  it("says which fields are wrong", async () => {
    const admin = await newActor({ role: "admin" });
    const refused = await refusal(inviteUser(admin, { name: " ", email: "not an email", role: "owner" as never }));
    expect(Object.keys(refused.fieldErrors).sort()).toEqual(["email", "name", "role"]);
  });

  it("writes an audit entry that holds neither the link nor its token", async () => {
    const admin = await newActor({ role: "admin" });
    const { user, link } = await inviteUser(admin, { name: "Audited", email: freshEmail(), role: "admin" });
    const entries = await db().auditEntry.findMany({ where: { entityType: "user", entityId: user.id } });
    expect(entries).toEqual([expect.objectContaining({ actorId: admin.id, action: "user.invite", toState: "admin" })]);
    expect(JSON.stringify(entries)).not.toContain(tokenOf(link.url));
  });

  it("is refused to editors and to deactivated admins, and nothing is created", async () => {
    const editor = await newActor();
    const deactivated = await newActor({ role: "admin", active: false });
    const email = freshEmail();
    expect((await refusal(inviteUser(editor, { name: "Nope", email, role: "admin" }))).code).toBe("forbidden");
    expect((await refusal(inviteUser(deactivated, { name: "Nope", email, role: "admin" }))).code).toBe("unauthenticated");
    expect((await refusal(inviteUser(null, { name: "Nope", email, role: "admin" }))).code).toBe("unauthenticated");
    expect(await db().user.count({ where: { email } })).toBe(0);
  });
});

describe("listUsers", () => {
  it("lists everyone without password hashes, for admins only", async () => {
    const admin = await newActor({ role: "admin" });
    const gone = await newActor({ active: false, password });
    const users = await listUsers(admin);
    expect(users.find((u) => u.id === gone.id)).toMatchObject({ active: false, hasPassword: true });
    expect(users.every((u) => !("passwordHash" in u))).toBe(true);
    expect((await refusal(listUsers(await newActor()))).code).toBe("forbidden");
  });
});
