// The address a request came from, for rate limits and sign-in throttling: the one
// helper every limit uses.
//
// Next does not hand the socket's address to route handlers: it only fills in
// `X-Forwarded-For` when the client did not send one, so a client that sends its own
// would choose the address it is counted under. So instrumentation.ts stamps every
// request, before Next sees it, with the socket's address in PEER_HEADER (overwriting
// whatever a client sent there), tagged with a secret of this process, so a forged
// header never passes for ours (not even in the moment before the stamp is in place).
//
// By default the socket's address is the client's. Behind proxies that append to
// `X-Forwarded-For` (nginx, a load balancer), TRUSTED_PROXY_HOPS=n says how many there
// are: the address is then the one n hops from the right of [X-Forwarded-For…, socket],
// the last one a proxy of ours wrote, so entries a client wrote to the left never count.
import { randomBytes } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import ipaddr from "ipaddr.js";
import { env } from "@/lib/env";

export const PEER_HEADER = "x-briefdesk-peer";
const UNKNOWN = "unknown";

type HeaderSource = Headers | Record<string, unknown> | undefined;

function processSecret(): string {
  // on globalThis: Next bundles instrumentation and routes as separate module copies
  const global = globalThis as { [key: symbol]: string | undefined };
  const key = Symbol.for("briefdesk.peer-secret");
  return (global[key] ??= randomBytes(18).toString("base64url"));
}

/** The PEER_HEADER value that says the socket's address is `address`. */
export function peerHeaderValue(address: string): string {
  return `${processSecret()} ${address}`;
}

let stamping = false;
/** Stamps PEER_HEADER on every request this process's HTTP servers receive. */
export function stampPeerAddresses(): void {
  if (stamping) return;
  stamping = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = peerHeaderValue(socket.remoteAddress ?? UNKNOWN);
  });
}

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  if (Array.isArray(value)) return value.join(",");
  return typeof value === "string" ? value : undefined;
}

/** An address in one spelling ("::ffff:10.0.0.1" is "10.0.0.1"), or undefined when it is none. */
export function normalizeAddress(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed || !ipaddr.isValid(trimmed)) return undefined;
  return ipaddr.process(trimmed).toString();
}

function peerAddress(headers: HeaderSource): string | undefined {
  const [secret, address] = (header(headers, PEER_HEADER) ?? "").split(" ");
  return secret === processSecret() ? normalizeAddress(address) : undefined;
}

/** The client's address ("unknown" when it cannot be told), by the rule at the top. */
export function clientAddress(headers: HeaderSource, hops = env().TRUSTED_PROXY_HOPS): string {
  const peer = peerAddress(headers);
  if (!peer) return UNKNOWN;
  if (hops === 0) return peer;
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  // fewer entries than proxies: the furthest one there is (as Express does)
  return normalizeAddress(chain[Math.max(0, chain.length - 1 - hops)]) ?? UNKNOWN;
}

/**
 * What limits count an address under. One IPv6 client usually holds a whole /64
 * (2^64 addresses to rotate through), so IPv6 addresses count by their /64.
 */
export function addressBucket(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}
