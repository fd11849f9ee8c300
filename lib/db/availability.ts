// Whether the database answers, as this process last saw it. Errors that mean "the
// server is not there" (refused, closed, shut down, timed out) are told apart from
// every other failure, so that readers get a 503 and editors a clear message instead
// of a generic error — and so that the proxy knows when to guard uncached pages.
const STATE = Symbol.for("briefdesk.databaseUnavailableSince");
/** How long one failure keeps the process in "outage" mode without a new one. */
const OUTAGE_MEMORY_MS = 15_000;

type State = { lastFailure?: number };
const state = ((globalThis as Record<symbol, State>)[STATE] ??= {});

// Prisma's codes for an unreachable server, a connect timeout, a closed connection and
// an exhausted pool; the adapter's kinds for the socket errors under them; PostgreSQL's
// SQLSTATEs for a lost connection (class 08) and a server shutting down or starting.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "57P01", "57P02", "57P03"]);
// node-postgres reports these as plain Errors without a code.
const MESSAGES =
  /Connection terminated|connection timeout|^timeout expired$|Query read timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i;

type Shape = {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } };
};

/** True when `error` (or an error it wraps) says the database could not be reached. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const e = error as Shape;
  const adapter = e.meta?.driverAdapterError?.cause;
  if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code) || e.code.startsWith("08"))) return true;
  if (adapter && (ADAPTER_KINDS.has(String(adapter.kind)) || /^(08|57P0[123])/.test(String(adapter.originalCode ?? "")))) return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

export function noteDatabaseFailure(now = Date.now()): void {
  state.lastFailure = now;
}

export function noteDatabaseAnswered(): void {
  state.lastFailure = undefined;
}

/** True while a connection failure is recent and no new connection has succeeded since. */
export function databaseSeemsDown(now = Date.now()): boolean {
  return state.lastFailure !== undefined && now - state.lastFailure < OUTAGE_MEMORY_MS;
}
