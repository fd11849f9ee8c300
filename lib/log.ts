// Every server-side log line goes through here: JSON on stdout, one object a line,
// with the request id when there is a request. Passwords, tokens, cookies,
// authorization headers and captured document text are censored by path before a
// line is written, so a careless `logger.info({ input })` does not leak them.
import pino, { type DestinationStream, type Logger } from "pino";
import { headers } from "next/headers";
import { env } from "./env";
import { REQUEST_ID_HEADER } from "./request-id";

export type { Logger };

const SECRET_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "token",
  "accessToken",
  "refreshToken",
  "secret",
  "clientSecret",
  "authorization",
  "cookie",
  "set-cookie",
  // document text: what editors capture from sources stays out of logs
  "capturedText",
  "text",
];

/** The censored paths: each key at the top, one and two levels down (`*.input.password`). */
export const REDACT_PATHS = SECRET_KEYS.flatMap((key) => {
  const k = /^[A-Za-z_]\w*$/.test(key) ? key : `["${key}"]`;
  const sep = k.startsWith("[") ? "" : ".";
  return [k, `*${sep}${k}`, `*.*${sep}${k}`];
});

type SerializedError = { type?: string; message?: string; stack?: string; cause?: unknown };

/**
 * Prisma's validation errors print the whole call, arguments and all (captured text,
 * password hashes), whatever its errorFormat: keep only their last paragraph, which
 * says what was wrong ("Argument `contentHash` is missing."), in message and stack.
 */
function scrubPrismaArguments(error: SerializedError): SerializedError {
  if (!error || typeof error !== "object") return error; // `{ err: null }`, `{ err: "text" }`
  if (error.type === "PrismaClientValidationError" && error.message) {
    const kept =
      error.message
        .trim()
        .split(/\n\s*\n/)
        .at(-1) ?? "";
    error.stack = error.stack?.replace(error.message, kept);
    error.message = kept;
  }
  if (error.cause && typeof error.cause === "object") scrubPrismaArguments(error.cause as SerializedError);
  return error;
}

/** A logger writing to `destination` (stdout by default) from LOG_LEVEL up; tests pass their own. */
export function createLogger({ destination, level = env().LOG_LEVEL }: { destination?: DestinationStream; level?: string } = {}): Logger {
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // errors with their `cause` chain, as nested objects
      serializers: { err: (error: Error) => scrubPrismaArguments(pino.stdSerializers.errWithCause(error)) },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    },
    destination,
  );
}

const globalForLog = globalThis as unknown as { briefdeskLogger?: Logger };

/** The process's logger, for code that runs outside a request (start-up, jobs). */
export const logger: Logger = (globalForLog.briefdeskLogger ??= createLogger());

/** A child logger that stamps every line with `requestId`. */
export function withRequestId(requestId: string | null | undefined, base: Logger = logger): Logger {
  return requestId ? base.child({ requestId }) : base;
}

/** For route handlers: the logger of this request. */
export function loggerFor(request: Request): Logger {
  return withRequestId(request.headers.get(REQUEST_ID_HEADER));
}

/**
 * For server actions and per-request pages: the logger of the current request, read
 * from the header proxy.ts set. Outside a request (scripts, tests) the plain logger.
 * Not for cached reader pages: reading headers would make them per-request.
 */
export async function requestLogger(): Promise<Logger> {
  let requestId: string | null = null;
  try {
    requestId = (await headers()).get(REQUEST_ID_HEADER);
  } catch {
    // no request here
  }
  return withRequestId(requestId);
}
