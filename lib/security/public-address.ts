// Which network addresses the server may send requests to on a user's behalf
// (webhook deliveries; later URL capture). Only public unicast addresses: never
// loopback, private (10/8, 172.16/12, 192.168/16), carrier-grade NAT, link-local
// (169.254/16, where cloud metadata lives), unique-local IPv6, multicast, 0.0.0.0,
// broadcast or reserved ranges, and IPv6 forms that carry an IPv4 address
// (::ffff:127.0.0.1, 6to4, NAT64, Teredo) only when that address is public.
// The WHATWG URL parser already turns 2130706433, 0x7f.1 or 0177.0.0.1 into
// 127.0.0.1, so a URL's hostname is checked in its canonical form.
// Names are checked after DNS resolution, and `publicLookup` hands the connection
// only the addresses it checked, so a name that changes its answer between the
// check and the connection (DNS rebinding) cannot slip through.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from "node:dns";
import ipaddr from "ipaddr.js";

/** Is `address` (an IPv4 or IPv6 literal, without brackets) a public unicast address? */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address); // ::ffff:a.b.c.d becomes a.b.c.d
  return parsed.range() === "unicast";
}

/** The IP literal a URL hostname names (`[::1]` → `::1`), or undefined for a host name. */
export function addressLiteral(hostname: string): string | undefined {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) ? bare : undefined;
}

/** Names that mean this machine whatever DNS says. */
function isLocalName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || name.endsWith(".localhost");
}

/**
 * What can be told about a URL's host without DNS: "private" for a literal
 * non-public address or a local name, "public" for a public literal, "name" for a
 * host name that must be resolved (at connection time, through publicLookup).
 */
export function classifyUrlHost(url: string): "private" | "public" | "name" | "invalid" {
  if (!URL.canParse(url)) return "invalid";
  const { hostname } = new URL(url);
  if (isLocalName(hostname)) return "private";
  const literal = addressLiteral(hostname);
  if (literal === undefined) return "name";
  return isPublicAddress(literal) ? "public" : "private";
}

/** The error publicLookup fails with when a name resolves to no public address. */
export class NonPublicAddressError extends Error {
  readonly code = "ENONPUBLIC";
  constructor(hostname: string) {
    super(`${hostname} does not resolve to a public address.`);
    this.name = "NonPublicAddressError";
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A drop-in `lookup` for node:http / node:https / node:net that resolves a name and
 * refuses it unless every address it resolves to is public (one private answer is
 * enough to refuse: a name that mixes them is not one we should talk to).
 */
export function publicLookup(hostname: string, options: LookupOneOptions | LookupAllOptions | number, callback: LookupCallback): void {
  const wantsAll = typeof options === "object" && options.all === true;
  const family = typeof options === "number" ? options : options.family;
  dnsLookup(hostname, { all: true, family: family === "IPv4" ? 4 : family === "IPv6" ? 6 : (family ?? 0) }, (error, addresses) => {
    if (error) return callback(error, wantsAll ? [] : "");
    if (addresses.length === 0 || addresses.some((a) => !isPublicAddress(a.address))) {
      return callback(new NonPublicAddressError(hostname), wantsAll ? [] : "");
    }
    if (wantsAll) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

/** Is `address` a loopback address (127/8, ::1, ::ffff:127.x)? Only the test-only capture setting lets these through. */
export function isLoopbackAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === "loopback";
}

/** Resolves a host name to all its addresses (node:dns by default; tests inject a hostile one). */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/**
 * A `lookup` for node:http(s) like publicLookup, with the address rule and the
 * resolver given: the socket connects only to an address `allowed` said yes to,
 * from the one resolution that was checked.
 */
export function checkedLookup(allowed: (address: string) => boolean, resolve: Resolver = systemResolver) {
  return (hostname: string, options: LookupOneOptions | LookupAllOptions | number, callback: LookupCallback): void => {
    const wantsAll = typeof options === "object" && options.all === true;
    resolve(hostname).then(
      (addresses) => {
        if (addresses.length === 0 || addresses.some((a) => !allowed(a.address))) {
          return callback(new NonPublicAddressError(hostname), wantsAll ? [] : "");
        }
        if (wantsAll) return callback(null, addresses);
        callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, wantsAll ? [] : ""),
    );
  };
}
