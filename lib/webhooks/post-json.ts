// One webhook POST over node:http(s) rather than fetch, so that the connection goes
// through `publicLookup`: a host name is resolved once, every address it resolves to
// is checked, and the socket connects to a checked address (no second resolution a
// rebinding name could answer differently). Literal addresses are checked here too,
// since Node connects to those without a lookup.
import { request as httpRequest, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import { env } from "@/lib/env";
import { classifyUrlHost, NonPublicAddressError, publicLookup } from "@/lib/security/public-address";

/** What the delivery log says for every failure below HTTP: see deliver-due.ts. */
export const COULD_NOT_DELIVER = "Could not deliver: the receiver gave no HTTP answer.";
export const PRIVATE_TARGET_REFUSED =
  "Not sent: the receiver's address is not public, and deliveries to private addresses are off (BRIEFDESK_WEBHOOKS_ALLOW_PRIVATE).";

/** Internal receivers are an operator's decision, made in the environment, not in the desk. */
export function privateTargetsAllowed(): boolean {
  return env().BRIEFDESK_WEBHOOKS_ALLOW_PRIVATE === "on";
}

/** POSTs a JSON body and resolves to the HTTP status; rejects for anything below HTTP. */
export function postJson(
  url: string,
  body: string,
  options: { headers: Record<string, string>; timeoutMs: number; allowPrivate: boolean },
): Promise<number> {
  const target = new URL(url);
  if (!options.allowPrivate && classifyUrlHost(url) === "private") return Promise.reject(new NonPublicAddressError(target.hostname));
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  const init: RequestOptions = {
    method: "POST",
    agent: false,
    signal: AbortSignal.timeout(options.timeoutMs),
    headers: { ...options.headers, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
    ...(!options.allowPrivate && { lookup: publicLookup }),
  };
  return new Promise((resolve, reject) => {
    // a redirect is a failure: following it would post the event somewhere the admin did not register
    const req = send(target, init, (response) => {
      response.destroy(); // the answer's body is not read
      resolve(response.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end(body);
  });
}
