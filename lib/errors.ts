// One error type with stable codes that the UI and the API both translate. Anything
// else that escapes a domain function is a bug: logged, and shown as a generic message
// — except a database that does not answer, which is an outage, not a bug: `asAppError`
// turns it into `unavailable`, with a message that says nothing was saved.
import { isDatabaseUnavailable } from "@/lib/db/availability";

export type AppErrorCode = "unauthenticated" | "forbidden" | "not_found" | "conflict" | "invalid" | "throttled" | "unavailable";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** for `invalid`: a message per field name */
    readonly fieldErrors: Record<string, string[]> = {},
    /** for `throttled`: seconds until a retry can succeed */
    readonly retryAfterSeconds?: number,
    /** for `conflict`: what the caller needs to resolve it (e.g. the current values) */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The database is not answering; nothing was saved. Your text is still here — try again in a moment.";

/** The AppError a caller should show for `error`, or undefined for a bug (log it, show a generic message). */
export function asAppError(error: unknown): AppError | undefined {
  if (isAppError(error)) return error;
  if (isDatabaseUnavailable(error)) return new AppError("unavailable", DATABASE_UNAVAILABLE_MESSAGE, {}, 10);
  return undefined;
}
