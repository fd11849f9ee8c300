// The id that ties every log line of one request together. proxy.ts gives each
// request one (the caller's, when it sent a sane one, e.g. from a load balancer) as
// the `x-request-id` request header for downstream code and as a response header.
export const REQUEST_ID_HEADER = "x-request-id";

// Letters, digits and a few separators, as UUIDs and the trace ids of load balancers
// use: anything else (newlines, quotes, a kilobyte of text) could forge or bloat a
// log line, so it is replaced, not trusted.
const SANE = /^[A-Za-z0-9][A-Za-z0-9._:\-]{0,127}$/;

/** The caller's request id when it is sane, else a new one. */
export function requestIdFrom(value: string | null | undefined): string {
  return value && SANE.test(value) ? value : crypto.randomUUID();
}
