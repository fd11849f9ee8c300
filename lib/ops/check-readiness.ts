// Whether this instance can serve: the database answers, quickly, and has every
// migration this code expects. Load balancers poll it, so it stays cheap: the list of
// migrations is read once per process, and the database gets two trivial queries.
import { appliedMigrations, expectedMigrations } from "@/lib/db/migration-status";
import { logger, type Logger } from "@/lib/log";

export type Readiness = { ready: true } | { ready: false; reason: string };

export const READY_TIMEOUT_MS = 2_000;

class TimedOut extends Error {}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function checkReadiness({
  timeoutMs = READY_TIMEOUT_MS,
  log = logger,
}: { timeoutMs?: number; log?: Logger } = {}): Promise<Readiness> {
  let applied: string[];
  try {
    applied = await within(timeoutMs, appliedMigrations());
  } catch (error) {
    const reason = error instanceof TimedOut ? "database did not answer in time" : "database unavailable";
    log.warn({ err: error }, `Not ready: ${reason}`);
    return { ready: false, reason };
  }
  const pending = (await expectedMigrations()).filter((name) => !applied.includes(name));
  if (pending.length > 0) return { ready: false, reason: `${pending.length} migration(s) not applied` };
  return { ready: true };
}
