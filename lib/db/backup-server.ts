// Backups of a PostgreSQL server in PostgreSQL's own custom dump format, made and
// restored by the pg_dump and pg_restore of the server's major version. pg_dump
// reads one snapshot, so the backup is consistent while the app keeps running.
// Scripts only (npm run db:backup / db:restore), never imported by app code.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

/** The first bytes of every custom-format dump. */
export const PG_DUMP_MAGIC = "PGDMP";

// Connection parameters libpq understands; others (Prisma's `schema`, `connection_limit`…)
// would make pg_dump refuse the URL.
const LIBPQ_PARAMS = new Set([
  "sslmode",
  "sslrootcert",
  "sslcert",
  "sslkey",
  "sslpassword",
  "application_name",
  "connect_timeout",
  "options",
  "target_session_attrs",
  "host",
  "port",
  "user",
  "dbname",
]);

/**
 * The URL for pg_dump/pg_restore without its password, which goes in PGPASSWORD
 * instead: a command line is visible to every user of the machine (ps).
 */
function forTool(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  for (const key of [...u.searchParams.keys()]) if (!LIBPQ_PARAMS.has(key)) u.searchParams.delete(key);
  // pg_dump and psql get this process's environment as is (PATH, locale, PG* settings), with the password
  // eslint-disable-next-line no-restricted-properties
  return { dbname: u.toString(), env: { ...process.env, ...(password && { PGPASSWORD: password }) } };
}

export function describeServer(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}/${decodeURIComponent(u.pathname.slice(1))}`;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function serverMajor(url: string): Promise<number> {
  const { rows } = await withClient(url, (c) => c.query<{ v: string }>("SELECT current_setting('server_version_num') AS v"));
  return Math.floor(Number(rows[0]!.v) / 10_000);
}

/**
 * pg_dump or pg_restore of the server's major version: Debian's versioned folder
 * (/usr/lib/postgresql/<major>/bin) when it exists, else the one on PATH. A pg_dump
 * older than the server cannot read it, and a newer one writes SQL that an older
 * server may refuse on restore: the versions must match, and we say so plainly.
 */
async function toolFor(tool: "pg_dump" | "pg_restore", major: number): Promise<string> {
  const versioned = `/usr/lib/postgresql/${major}/bin/${tool}`;
  const command = existsSync(versioned) ? versioned : tool;
  let stdout: string;
  try {
    ({ stdout } = await run(command, ["--version"]));
  } catch {
    throw new Error(
      `${tool} was not found on PATH. Install PostgreSQL ${major}'s client tools (e.g. apt-get install postgresql-client-${major}).`,
    );
  }
  const found = Number(/\(PostgreSQL\)\s+(\d+)/.exec(stdout)?.[1]);
  if (found !== major) {
    throw new Error(
      `${command} is PostgreSQL ${found || "?"}'s, but the server runs PostgreSQL ${major}: ` +
        `use the ${tool} of version ${major} (e.g. apt-get install postgresql-client-${major}, then put its bin folder first on PATH).`,
    );
  }
  return command;
}

/** Writes a custom-format dump of the database at `url` to `file` (all or nothing). */
export async function backupServer(url: string, file: string): Promise<void> {
  const pgDump = await toolFor("pg_dump", await serverMajor(url));
  const { dbname, env } = forTool(url);
  // Written beside the target and renamed at the end: an interrupted backup never
  // leaves a file that looks like a good one.
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial`);
  try {
    await run(pgDump, ["--format=custom", `--file=${partial}`, `--dbname=${dbname}`], { env, maxBuffer: 16 << 20 });
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw toolError("pg_dump", error);
  }
}

/** Tables, sequences, views… in the database outside PostgreSQL's own schemas. */
async function userRelations(url: string): Promise<number> {
  const { rows } = await withClient(url, (c) =>
    c.query<{ n: string }>(`
      SELECT count(*) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
      WHERE s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg\\_toast%' AND s.nspname NOT LIKE 'pg\\_temp%'`),
  );
  return Number(rows[0]!.n);
}

/**
 * Restores a custom-format dump into the empty database at `url`, in one transaction
 * (all or nothing). Objects end up owned by the restoring user, without the original
 * grants, so the backup restores onto a server with other roles.
 */
export async function restoreServer(url: string, file: string): Promise<void> {
  await expectKind(file, "server");
  const relations = await userRelations(url);
  if (relations > 0) {
    throw new Error(
      `The database ${describeServer(url)} is not empty (it holds ${relations} tables, indexes or other relations). ` +
        "Restore only into an empty database, e.g. one made with `createdb briefdesk_restored`.",
    );
  }
  const pgRestore = await toolFor("pg_restore", await serverMajor(url));
  const { dbname, env } = forTool(url);
  try {
    await run(pgRestore, ["--exit-on-error", "--single-transaction", "--no-owner", "--no-privileges", `--dbname=${dbname}`, file], {
      env,
      maxBuffer: 16 << 20,
    });
  } catch (error) {
    throw toolError("pg_restore", error);
  }
}

function toolError(tool: string, error: unknown): Error {
  const stderr = (error as { stderr?: string }).stderr?.trim();
  return new Error(`${tool} failed${stderr ? `: ${stderr}` : ""}`, { cause: error });
}

/** Which kind of database a backup file is of, from its first bytes. */
export async function backupKind(file: string): Promise<"server" | "embedded" | "unknown"> {
  const handle = await open(file, "r").catch(() => {
    throw new Error(`No backup file at ${file}.`);
  });
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.toString("latin1") === PG_DUMP_MAGIC) return "server";
    if (head[0] === 0x1f && head[1] === 0x8b) return "embedded"; // PGlite's gzipped tarball
    return "unknown";
  } finally {
    await handle.close();
  }
}

/** Refuses a backup of the other kind with what to do instead. */
export async function expectKind(file: string, wanted: "server" | "embedded"): Promise<void> {
  const kind = await backupKind(file);
  if (kind === wanted) return;
  if (kind === "unknown")
    throw new Error(`${file} is not a Briefdesk backup (neither a pg_dump custom archive nor an embedded database's dump).`);
  throw new Error(
    kind === "embedded"
      ? `${file} is a backup of the embedded database: restore it with DATABASE_URL unset.`
      : `${file} is a backup of a PostgreSQL server: restore it with DATABASE_URL set to an empty database.`,
  );
}
