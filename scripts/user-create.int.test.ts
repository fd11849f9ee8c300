// The command line as an operator runs it: a child process on the per-file test
// database. Spawned asynchronously: without TEST_DATABASE_URL that database is served
// from this very process, which must stay free to answer.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDb, db } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/schema-engine";
import { sha256 } from "@/lib/revisions/content-hash";
import { verifyPassword } from "@/lib/users/password";
import { findUsableToken } from "@/lib/users/user-tokens";

type Run = { code: number | null; stdout: string; stderr: string };

function userCreate(args: string[], { stdin, env = {} }: { stdin?: string; env?: Record<string, string | undefined> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "scripts/user-create.ts", ...args], {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, SITE_URL: "https://desk.example.org", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

const unique = () => Math.random().toString(36).slice(2, 10);

describe("npm run user:create", () => {
  it("creates an admin and prints a one-time set-password link whose hash alone is stored", async () => {
    const email = `first-${unique()}@example.org`;
    const run = await userCreate(["--email", email, "--name", "First Admin", "--role", "admin"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Created admin First Admin <${email}>.`);
    const url = /https:\/\/desk\.example\.org\/set-password\/([\w-]+)/.exec(run.stdout);
    expect(url).not.toBeNull();
    const token = url![1]!;

    const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, passwordHash: true } });
    expect(user).toMatchObject({ role: "admin", passwordHash: null });
    expect(await db().userToken.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({
      tokenHash: sha256(token),
      purpose: "invite",
      issuedById: null,
    });
    expect(await findUsableToken(db(), token)).toMatchObject({ userId: user.id });
    expect(await db().auditEntry.count({ where: { entityId: user.id, action: "user.invite", actorId: null } })).toBe(1);
  });

  it("with --password-stdin: sets the piped password, prints neither it nor a link", async () => {
    const email = `piped-${unique()}@example.org`;
    const password = "a password from a secrets file";
    const run = await userCreate(["--email", email, "--name", "Piped", "--password-stdin"], { stdin: `${password}\n` });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Created editor Piped <${email}>.`);
    expect(run.stdout + run.stderr).not.toContain(password);
    expect(run.stdout).not.toContain("/set-password/");
    const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true, passwordHash: true } });
    expect(await verifyPassword(password, user.passwordHash!)).toBe(true);
    expect(await db().userToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a short piped password and a taken email, exiting 1 and creating nothing", async () => {
    const email = `short-${unique()}@example.org`;
    const short = await userCreate(["--email", email, "--name", "Short", "--password-stdin"], { stdin: "too short\n" });
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("password: Use at least 12 characters.");
    expect(short.stderr).not.toContain("too short");
    expect(await db().user.count({ where: { email } })).toBe(0);

    await userCreate(["--email", email, "--name", "Once"]);
    const again = await userCreate(["--email", email.toUpperCase(), "--name", "Twice"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("email: A user with this email already exists.");
    expect(await db().user.count({ where: { email } })).toBe(1);
  });

  it("exits 2 with the usage on a bad role, a missing email or an unknown option", async () => {
    for (const args of [
      ["--email", `x-${unique()}@example.org`, "--name", "X", "--role", "owner"],
      ["--name", "X"],
      ["--email", `x-${unique()}@example.org`, "--name", "X", "--password", "secret"],
    ]) {
      const run = await userCreate(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("Usage: npm run user:create -- --email");
    }
    expect(await db().user.count({ where: { name: "X" } })).toBe(0);
  });

  it("applies no migrations: on a database without them it says what to run", async () => {
    const bare = await startEmbeddedPostgres();
    try {
      const run = await userCreate(["--email", `x-${unique()}@example.org`, "--name", "X"], { env: { DATABASE_URL: bare.url } });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("run npm start or npm run db:migrate first");
    } finally {
      await bare.stop();
    }
  });

  it("without DATABASE_URL, uses the embedded database in the data folder, and creates none there", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "briefdesk-user-create-"));
    try {
      const run = await userCreate(["--email", `x-${unique()}@example.org`, "--name", "X"], {
        env: { DATABASE_URL: undefined, BRIEFDESK_DATA_DIR: dataDir },
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`no embedded database in ${join(dataDir, "pglite")}: run npm start or npm run db:migrate first`);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("without DATABASE_URL, adds the user to the embedded database of the data folder and stops it", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "briefdesk-user-create-"));
    const email = `embedded-${unique()}@example.org`;
    try {
      const setup = await startEmbeddedPostgres({ dataDir: join(dataDir, "pglite") });
      await applyMigrations(setup.url);
      await setup.stop();

      const run = await userCreate(["--email", email, "--name", "Embedded", "--role", "admin"], {
        env: { DATABASE_URL: undefined, BRIEFDESK_DATA_DIR: dataDir },
      });
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("/set-password/");

      const reopened = await startEmbeddedPostgres({ dataDir: join(dataDir, "pglite") });
      const client = createDb(reopened.url);
      try {
        expect(await client.user.findUnique({ where: { email }, select: { role: true } })).toEqual({ role: "admin" });
      } finally {
        await client.$disconnect();
        await reopened.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
