// Long documents are read once, by a separate process, and their candidates stored
// (DocumentExtraction, per EXTRACTOR_VERSION): no request waits on the reading or
// has its event loop held by it. The request that first asks starts it and answers at
// once with the progress; the desk shows "Reading the document… N%" and asks again.
// Any instance may take over a reading whose row stopped moving (its process or
// server died). A reading that runs past its time or memory limit fails, and says so.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { db, Prisma, type Tx } from "@/lib/db/client";
import { logger } from "@/lib/log";
import { EXTRACTOR_VERSION } from "./extract-candidates";
import type { CountedCandidates as Candidates } from "./types";
import { workerProcessEnv } from "@/lib/env";

/** A reading row that has not moved for this long was abandoned. */
const STALE_MS = 30_000;
const HEARTBEAT_MS = 5_000;
export const TIME_LIMIT_MS = 120_000;
const MEMORY_LIMIT_MB = 1024;
/** Readings at once in one server process: each takes a core. */
const MAX_READERS = 1;

export type Reading =
  | { state: "done"; candidates: Candidates }
  | { state: "reading"; progress: number }
  /** not started yet: another document is being read */
  | { state: "waiting"; progress: 0 }
  | { state: "failed"; error: string };

let readers = 0;

/** The stored reading of a document, as of `tx`. */
export async function storedReading(tx: Tx, documentId: string): Promise<Reading> {
  const row = await tx.documentExtraction.findUnique({
    where: { documentId_version: { documentId, version: EXTRACTOR_VERSION } },
    select: { state: true, progress: true, candidates: true, error: true, updatedAt: true },
  });
  if (!row) return { state: "waiting", progress: 0 };
  if (row.state === "done") return { state: "done", candidates: row.candidates as unknown as Candidates };
  if (row.state === "failed") return { state: "failed", error: row.error ?? "The document could not be read." };
  return { state: "reading", progress: row.progress };
}

/** Starts reading the document in a separate process, unless it is read already or being read; returns at once. */
export function startReading(documentId: string): void {
  if (readers >= MAX_READERS) return;
  readers++;
  read(documentId)
    .catch((error: unknown) => logger.error({ err: error, documentId }, "reading a document for candidates failed"))
    .finally(() => readers--);
}

const where = (documentId: string) => ({ documentId, version: EXTRACTOR_VERSION, state: "reading" as const });

/** Takes the reading: a new row, or a reading row nobody has moved for STALE_MS. */
async function claim(documentId: string): Promise<{ text: string; publishedOn: Date | null } | null> {
  return db().$transaction(async (tx) => {
    if (!(await tx.document.findUnique({ where: { id: documentId }, select: { id: true } }))) return null;
    const created = await tx.documentExtraction.createMany({ data: [{ documentId, version: EXTRACTOR_VERSION }], skipDuplicates: true });
    if (created.count === 0) {
      const taken = await tx.documentExtraction.updateMany({
        where: { ...where(documentId), updatedAt: { lt: new Date(Date.now() - STALE_MS) } },
        data: { progress: 0, updatedAt: new Date(), startedAt: new Date() },
      });
      if (taken.count === 0) return null;
    }
    // the text only once the reading is ours: every poll of the screen comes through here
    return tx.document
      .findUniqueOrThrow({ where: { id: documentId }, select: { capturedText: true, publishedOn: true } })
      .then((d) => ({ text: d.capturedText, publishedOn: d.publishedOn }));
  });
}

async function read(documentId: string): Promise<void> {
  const claimed = await claim(documentId);
  if (!claimed) return;
  const started = Date.now();
  let progress = 0;
  const move = () => db().documentExtraction.updateMany({ where: where(documentId), data: { progress, updatedAt: new Date() } });
  const heartbeat = setInterval(() => void move().catch(() => undefined), HEARTBEAT_MS);
  let outcome: { candidates: Candidates } | { error: string };
  try {
    outcome = await runProcess(claimed, (percent) => {
      progress = percent;
    });
  } finally {
    clearInterval(heartbeat);
  }
  const data =
    "candidates" in outcome
      ? { state: "done" as const, progress: 100, candidates: outcome.candidates as unknown as Prisma.InputJsonValue, updatedAt: new Date() }
      : { state: "failed" as const, error: outcome.error, updatedAt: new Date() };
  await db().documentExtraction.updateMany({ where: where(documentId), data });
  logger.info({ documentId, ms: Date.now() - started, state: data.state }, "read a document for candidates");
}

/** Runs lib/extraction/extract-process.ts on the text, within the time and memory limits (exported for `npm run bench`). */
export function runProcess(
  input: { text: string; publishedOn: Date | null },
  onProgress: (percent: number) => void,
): Promise<{ candidates: Candidates; peakMemoryMb?: number } | { error: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${MEMORY_LIMIT_MB}`, "--import", "tsx", join(process.cwd(), "lib/extraction/extract-process.ts")],
      {
        cwd: process.cwd(),
        stdio: ["pipe", "pipe", "pipe"],
        env: workerProcessEnv(),
      },
    );
    let result: Candidates | null = null;
    let peakMemoryMb: number | undefined;
    let pending = "";
    let errors = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), TIME_LIMIT_MS);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      pending += chunk;
      for (let end = pending.indexOf("\n"); end >= 0; end = pending.indexOf("\n")) {
        const line = pending.slice(0, end);
        pending = pending.slice(end + 1);
        let message: { progress?: number; candidates?: Candidates; peakMemoryMb?: number };
        try {
          message = JSON.parse(line) as typeof message;
        } catch {
          continue;
        }
        if (message.progress !== undefined) onProgress(message.progress);
        if (message.candidates) result = message.candidates;
        if (message.peakMemoryMb) peakMemoryMb = message.peakMemoryMb;
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      if (errors.length < 2000) errors += chunk;
    });
    child.stdin.on("error", () => undefined); // a child that died early closes its stdin
    child.stdin.end(JSON.stringify({ text: input.text, publishedOn: input.publishedOn?.toISOString() ?? null }));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (result) return resolve({ candidates: result, peakMemoryMb });
      if (signal === "SIGKILL")
        return resolve({
          error: `Reading this document took longer than ${TIME_LIMIT_MS / 60_000} minutes, so nothing is proposed from it. Add its quotes and events by hand, or split it into shorter documents.`,
        });
      logger.warn({ code, signal, stderr: errors.slice(0, 2000) }, "the process reading a document stopped");
      resolve({
        error:
          "Reading this document stopped before the end (it may need more memory than a reading is given), so nothing is proposed from it. Add its quotes and events by hand, or split it into shorter documents.",
      });
    });
  });
}
