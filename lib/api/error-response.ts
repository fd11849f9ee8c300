// The one translation of AppError into an API answer: a JSON body
// `{ error: { code, message, fields?, details? } }` with a stable code and the status
// that says what kind of refusal it is. Anything that is not an AppError is a bug:
// logged, answered 500 with a generic message, never a stack.
import { asAppError, type AppError } from "@/lib/errors";
import { logger, type Logger } from "@/lib/log";

export type ApiErrorCode =
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "checks_failed"
  | "too_large"
  | "throttled"
  | "unavailable"
  | "internal";

export type ApiErrorBody = {
  error: { code: ApiErrorCode; message: string; fields?: Record<string, string[]>; details?: unknown };
};

const STATUS: Record<ApiErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  checks_failed: 422,
  too_large: 413,
  throttled: 429,
  unavailable: 503,
  internal: 500,
};

/**
 * A brief that fails its automatic checks on submit is a well-formed request the
 * workflow refuses (the brief's content must change, not the request): 422, with the
 * problems. Other `invalid` errors are about the request's own fields: 400.
 */
function apiCode(error: AppError): ApiErrorCode {
  if (error.code === "invalid" && (error.details as { problems?: unknown } | undefined)?.problems) return "checks_failed";
  return error.code;
}

export function apiErrorBody(
  code: ApiErrorCode,
  message: string,
  extra: { fields?: Record<string, string[]>; details?: unknown } = {},
): ApiErrorBody {
  const fields = extra.fields && Object.keys(extra.fields).length > 0 ? extra.fields : undefined;
  return { error: { code, message, ...(fields && { fields }), ...(extra.details !== undefined && { details: extra.details }) } };
}

export function apiError(
  code: ApiErrorCode,
  message: string,
  init: { headers?: HeadersInit; fields?: Record<string, string[]>; details?: unknown } = {},
): Response {
  const headers = new Headers(init.headers);
  headers.set("Cache-Control", "no-store");
  return Response.json(apiErrorBody(code, message, init), { status: STATUS[code], headers });
}

export function errorResponse(
  failure: unknown,
  { headers, log = logger }: { headers?: HeadersInit; log?: Pick<Logger, "error"> } = {},
): Response {
  // a database that does not answer is an outage (503, Retry-After), not a bug
  const error = asAppError(failure);
  if (!error) {
    log.error({ err: failure }, "Unexpected error in an API route");
    return apiError("internal", "Something went wrong; nothing was changed. Please try again.", { headers });
  }
  const code = apiCode(error);
  const extra = new Headers(headers);
  if ((code === "throttled" || code === "unavailable") && error.retryAfterSeconds !== undefined)
    extra.set("Retry-After", String(error.retryAfterSeconds));
  return apiError(code, error.message, {
    headers: extra,
    fields: error.fieldErrors,
    details: code === "conflict" || code === "checks_failed" ? error.details : undefined,
  });
}
