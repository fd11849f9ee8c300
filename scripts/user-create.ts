// `npm run user:create`: adds a user to a real database, e.g. the first admin of a
// new installation. Creates nothing else and applies no migrations.
//
//   npm run user:create -- --email <address> --name "<full name>" [--role admin|editor] [--password-stdin]
//
// Database: DATABASE_URL, or when it is unset the embedded database in
// $BRIEFDESK_DATA_DIR/pglite (default data/pglite). The embedded database serves one
// process at a time: stop `npm start` first, or set DATABASE_URL to the port it serves
// on (BRIEFDESK_EMBEDDED_PORT).
//
// By default prints a one-time set-password link (valid 72 hours; set SITE_URL so that
// it points at your site) to hand to the person privately. With --password-stdin the
// password (12 to 1024 characters) is read from standard input instead, e.g.
//   npm run user:create -- --email ada@example.org --name "Ada Lovelace" --role admin --password-stdin < pw.txt
// and no link is printed. The password is never printed.
//
// Exit status: 0 created, 1 refused or failed, 2 bad arguments.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createDb, disconnectDb } from "@/lib/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { listMigrations } from "@/lib/db/schema-engine";
import { readEnv, resetEnv, siteOrigin } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { createUser, type CreateUserInput } from "@/lib/users/create-user";

const USAGE = `Usage: npm run user:create -- --email <address> --name "<full name>" [--role admin|editor] [--password-stdin]

  --email           the person's email address (their sign-in name)
  --name            their name as the desk shows it
  --role            admin or editor (default: editor)
  --password-stdin  read the password from standard input instead of printing a
                    one-time set-password link

Uses DATABASE_URL, or when it is unset the embedded database in the data folder.`;

const NOT_MIGRATED = "run npm start or npm run db:migrate first";

class UsageError extends Error {}

function readArguments(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string", default: "editor" },
        "password-stdin": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return null;
  if (!values.email) throw new UsageError("--email is required.");
  if (!values.name) throw new UsageError("--name is required.");
  if (values.role !== "admin" && values.role !== "editor") throw new UsageError(`--role must be admin or editor, not "${values.role}".`);
  return { email: values.email, name: values.name, role: values.role, passwordStdin: values["password-stdin"] };
}

/** All of standard input, less one final line break (as `echo` or a file adds). */
async function readPasswordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new Error(
      "--password-stdin reads a password piped in (e.g. `< password.txt`); to let the person choose one, leave it out and hand them the link.",
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function openDatabase(): Promise<{ url: string; embedded?: EmbeddedPostgres }> {
  const env = readEnv();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  const dataDir = join(resolve(env.BRIEFDESK_DATA_DIR), "pglite");
  // Starting PGlite on an empty folder would create a database; this script only uses one.
  if (!existsSync(join(dataDir, "PG_VERSION")))
    throw new Error(`DATABASE_URL is not set and there is no embedded database in ${dataDir}: ${NOT_MIGRATED}.`);
  const embedded = await startEmbeddedPostgres({ dataDir });
  return { url: embedded.url, embedded };
}

/** Refuses a database that lacks any of this version's migrations. */
async function checkMigrated(url: string): Promise<void> {
  const expected = (await listMigrations()).migrationDirectories.map((m) => m.path);
  const client = createDb(url);
  try {
    const [{ table }] = await client.$queryRaw<[{ table: string | null }]>`SELECT to_regclass('_prisma_migrations')::text AS "table"`;
    const applied = table
      ? (
          await client.$queryRaw<
            { name: string }[]
          >`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
        ).map((r) => r.name)
      : [];
    const missing = expected.filter((name) => !applied.includes(name));
    if (missing.length) throw new Error(`The database lacks ${missing.length} migration(s) (${missing.join(", ")}): ${NOT_MIGRATED}.`);
  } finally {
    await client.$disconnect();
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = readArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (!args) {
    console.log(USAGE);
    return 0;
  }
  const password = args.passwordStdin ? await readPasswordFromStdin() : undefined;

  const { url, embedded } = await openDatabase();
  try {
    await checkMigrated(url);
    // createUser uses the process's shared client, which reads DATABASE_URL through env():
    // it is read again from here on.
    process.env.DATABASE_URL = url;
    resetEnv();
    // the role as typed on the command line: createUser refuses one that is not a role
    const { user, link: invite } = await createUser("system", {
      email: args.email,
      name: args.name,
      role: args.role as CreateUserInput["role"],
      password,
    });
    console.log(`Created ${user.role} ${user.name} <${user.email}>.`);
    if (invite) {
      console.log(`Set-password link (works once, until ${invite.expiresAt.toISOString()}; hand it over privately):\n  ${invite.url}`);
      if (!process.env.SITE_URL && !process.env.NEXTAUTH_URL)
        console.error("Note: SITE_URL is not set, so the link assumes the desk runs on this machine.");
    } else {
      console.log(`They can sign in at ${siteOrigin()}/signin with the password given.`);
    }
    return 0;
  } finally {
    await disconnectDb();
    await embedded?.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (isAppError(error)) {
      console.error(`Not created: ${error.message}`);
      for (const [field, messages] of Object.entries(error.fieldErrors)) console.error(`  ${field}: ${messages.join(" ")}`);
    } else {
      console.error(`user:create failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exitCode = 1;
  },
);
