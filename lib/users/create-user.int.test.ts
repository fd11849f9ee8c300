import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/test-support";
import { db } from "@/lib/db/client";
import { sha256 } from "@/lib/revisions/content-hash";
import { buildUser } from "@/prisma/seed/factories";
import { createUser } from "./create-user";
import { verifyPassword } from "./password";
import { findUsableToken } from "./user-tokens";

const unique = () => Math.random().toString(36).slice(2, 10);
const tokenOf = (url: string) => url.split("/set-password/")[1]!;

describe("createUser", () => {
  it("as the system: creates the user with an invitation link and an audit entry without an actor", async () => {
    const email = `first-admin-${unique()}@example.org`;
    const { user, link: invite } = await createUser("system", { email: ` ${email.toUpperCase()} `, name: " First Admin ", role: "admin" });
    expect(user).toMatchObject({ email, name: "First Admin", role: "admin", active: true });
    expect(user).not.toHaveProperty("passwordHash");
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();

    const [entry] = await db().auditEntry.findMany({ where: { entityId: user.id, action: "user.invite" } });
    expect(entry).toMatchObject({ actorId: null, entityType: "user", toState: "admin", data: { email, name: "First Admin" } });

    // The link works; only the token's hash is stored.
    const token = tokenOf(invite!.url);
    const stored = await db().userToken.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ purpose: "invite", tokenHash: sha256(token), issuedById: null, usedAt: null });
    expect(stored[0]!.tokenHash).not.toBe(token);
    expect(JSON.stringify(entry)).not.toContain(token);
    expect(await findUsableToken(db(), token)).toMatchObject({ userId: user.id, purpose: "invite" });
  });

  it("as an admin: records the admin as the actor and as the link's issuer; the role defaults to editor", async () => {
    const admin = await db().$transaction((tx) => buildUser(tx, { role: "admin" }));
    const { user, link: invite } = await createUser(admin, { email: `new-${unique()}@example.org`, name: "New Editor" });
    expect(user.role).toBe("editor");
    expect(invite?.url).toMatch(/\/set-password\/[\w-]{43}$/);
    expect(await db().auditEntry.count({ where: { entityId: user.id, action: "user.invite", actorId: admin.id } })).toBe(1);
    expect(await db().userToken.count({ where: { userId: user.id, issuedById: admin.id } })).toBe(1);
  });

  it("with a password: stores its hash and issues no link", async () => {
    const password = "a long enough password";
    const { user, link: invite } = await createUser("system", { email: `pw-${unique()}@example.org`, name: "With Password", password });
    expect(invite).toBeNull();
    const { passwordHash } = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(password, passwordHash!)).toBe(true);
    expect(await db().userToken.count({ where: { userId: user.id } })).toBe(0);
    const entry = await db().auditEntry.findFirstOrThrow({ where: { entityId: user.id } });
    expect(JSON.stringify(entry)).not.toContain(password);
  });

  it("is refused to an editor, a deactivated admin and nobody, and creates nothing", async () => {
    const editor = await db().$transaction((tx) => buildUser(tx, { role: "editor" }));
    const deactivated = await db().$transaction((tx) => buildUser(tx, { role: "admin", active: false }));
    const email = `refused-${unique()}@example.org`;
    expect((await refusal(createUser(editor, { email, name: "Nope" }))).code).toBe("forbidden");
    expect((await refusal(createUser(deactivated, { email, name: "Nope" }))).code).toBe("unauthenticated");
    expect((await refusal(createUser(null, { email, name: "Nope" }))).code).toBe("unauthenticated");
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("refuses an email address already in use, whatever its case, as a field error", async () => {
    const existing = await db().$transaction((tx) => buildUser(tx));
    const before = await db().user.count();
    const error = await refusal(createUser("system", { email: existing.email.toUpperCase(), name: "Twin" }));
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors).toEqual({ email: ["A user with this email already exists."] });
    expect(await db().user.count()).toBe(before);
  });

  it("refuses bad input field by field", async () => {
    const error = await refusal(createUser("system", { email: "not an address", name: "", role: "owner" as never, password: "short" }));
    expect(error.code).toBe("invalid");
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["email", "name", "password", "role"]);
  });
});
