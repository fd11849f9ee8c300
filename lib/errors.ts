// One error type with stable codes that the UI and the API both translate. Anything
// else that escapes a domain function is a bug: logged, and shown as a generic message.
export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "invalid"
  | "throttled";

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
