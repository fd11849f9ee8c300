// Test support for the backup round trips (never imported by the app): a desk with
// data of every kind a backup must keep, made through the desk's own functions, and
// every row of every table, to compare a database with its restored copy.
import { spawn } from "node:child_process";
import pg from "pg";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import { db } from "@/lib/db/client";
import { publishBrief } from "@/lib/publishing/publish-brief";
import { newActor } from "@/lib/test-support";
import { seedDemo } from "@/prisma/seed/demo";
import { approve, submitForReview } from "@/prisma/seed/workflow";

export const CORRECTION_NOTE = "An earlier version misdated North Korea's recognition of the two regions.";

/**
 * The demo desk (users, sources, a document with its captured text, a published brief
 * with quotes, events, revisions, an approved review, and a brief in review), then a
 * correction: the published brief edited, approved again and re-published with a note.
 */
export async function buildDesk(): Promise<void> {
  await seedDemo(db());
  const brief = await db().brief.findFirstOrThrow({
    where: { state: "published" },
    select: { id: true, authors: { select: { userId: true } } },
  });
  const author: Actor = await db().user.findUniqueOrThrow({
    where: { id: brief.authors[0]!.userId },
    select: { id: true, role: true, name: true, email: true },
  });
  const reviewer = await newActor();
  await db().$transaction(async (tx) => {
    await editBrief(tx, { briefId: brief.id, actorId: author.id }, () =>
      tx.brief.update({
        where: { id: brief.id },
        data: { summary: "Ukraine severed diplomatic relations with North Korea in July 2022." },
      }),
    );
    const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id });
    await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
  });
  await publishBrief(author, { briefId: brief.id, correction: { kind: "correction", note: CORRECTION_NOTE } });
}

/**
 * Every row of every table of the public schema, each as PostgreSQL's own JSON text
 * (timestamps to the microsecond, JSON columns, generated columns and all), sorted.
 */
export async function everyRow(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const result: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM "${name}" t`);
      result[name] = rows.map((r) => r.row).sort();
    }
    return result;
  } finally {
    await client.end();
  }
}

/** The tables the issue names, which must not be empty for a round trip to prove anything. */
export const KEPT = ["Brief", "Revision", "Publication", "Correction", "AuditEntry"] as const;

type Run = { code: number | null; stdout: string; stderr: string };

/**
 * `npm run db:backup -- <file>` (or db:restore) as a child process, with `env` over
 * this process's environment (an undefined value removes the variable). Spawned
 * asynchronously: an embedded test database is served from this very process.
 */
export function npmRun(script: "db:backup" | "db:restore", file: string, env: Record<string, string | undefined>): Promise<Run> {
  const childEnv = { ...process.env, ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", `scripts/${script.replace(":", "-")}.ts`, file], {
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
