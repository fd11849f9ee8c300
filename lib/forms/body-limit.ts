// How large a form may be. Next refuses a server action over `serverActions.bodySizeLimit`
// (next.config.js, "5mb": keep the two equal) with a bare 500 that the form cannot show,
// so the proxy answers such a request first: 413, with a plain-text message that Next's
// client hands to the form (components/forms/use-form-action.ts) with everything typed kept.
export const SERVER_ACTION_BODY_LIMIT_BYTES = 5 * 1024 * 1024;

export const FORM_TOO_LARGE_MESSAGE =
  "This form is too large to send (over 5 MB): shorten the text or upload it as a file of at most 2 MB. Nothing was saved; your text is still here.";

/** Is this a server action whose body is over the limit (by its Content-Length)? */
export function isOversizedServerAction(request: Request): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  return Number(request.headers.get("content-length") ?? 0) > SERVER_ACTION_BODY_LIMIT_BYTES;
}
