import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { addressBucket, clientAddress, PEER_HEADER, peerHeaderValue, stampPeerAddresses } from "./client-address";
import { setTestEnv } from "@/lib/test-env";

const fromSocket = (address: string, more: Record<string, string> = {}) =>
  new Headers({ [PEER_HEADER]: peerHeaderValue(address), ...more });

describe("clientAddress", () => {
  it("is the socket's address by default, whatever X-Forwarded-For or X-Real-IP say", () => {
    const headers = fromSocket("192.0.2.10", { "x-forwarded-for": "198.51.100.1, 198.51.100.2", "x-real-ip": "198.51.100.3" });
    expect(clientAddress(headers, 0)).toBe("192.0.2.10");
  });

  it("reads IPv4-mapped IPv6 as IPv4", () => {
    expect(clientAddress(fromSocket("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
  });

  it("is unknown when the socket's address was not stamped by this process", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.1" }), 0)).toBe("unknown");
    expect(clientAddress(new Headers({ [PEER_HEADER]: "forged 198.51.100.1" }), 0)).toBe("unknown");
    expect(clientAddress(new Headers({ [PEER_HEADER]: "198.51.100.1" }), 0)).toBe("unknown");
    expect(clientAddress(undefined, 0)).toBe("unknown");
  });

  it("behind n trusted proxies, takes the address n hops from the right of X-Forwarded-For and the socket", () => {
    // client → proxy A (appends the client) → proxy B (appends A) → app (socket: B)
    const headers = fromSocket("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.1" });
    expect(clientAddress(headers, 1)).toBe("10.0.0.1");
    expect(clientAddress(headers, 2)).toBe("203.0.113.5");
    // the client's own entries further left never count
    expect(clientAddress(fromSocket("10.0.0.1", { "x-forwarded-for": "6.6.6.6, 203.0.113.5" }), 1)).toBe("203.0.113.5");
  });

  it("takes the furthest address there is when there are fewer entries than proxies", () => {
    expect(clientAddress(fromSocket("10.0.0.1", { "x-forwarded-for": "203.0.113.5" }), 3)).toBe("203.0.113.5");
    expect(clientAddress(fromSocket("10.0.0.1"), 1)).toBe("10.0.0.1");
  });

  it("is unknown when the entry a trusted proxy should have written is not an address", () => {
    expect(clientAddress(fromSocket("10.0.0.1", { "x-forwarded-for": "203.0.113.5, not-an-address" }), 1)).toBe("unknown");
  });

  it("reads next-auth's plain header objects too", () => {
    expect(clientAddress({ [PEER_HEADER]: peerHeaderValue("192.0.2.11"), "x-forwarded-for": "1.2.3.4" }, 0)).toBe("192.0.2.11");
  });

  it("reads TRUSTED_PROXY_HOPS when not told", () => {
    const headers = fromSocket("10.0.0.1", { "x-forwarded-for": "203.0.113.5" });
    expect(clientAddress(headers)).toBe("10.0.0.1");
    setTestEnv({ TRUSTED_PROXY_HOPS: "1" });
    try {
      expect(clientAddress(headers)).toBe("203.0.113.5");
    } finally {
      setTestEnv({ TRUSTED_PROXY_HOPS: undefined });
    }
  });
});

describe("addressBucket", () => {
  it("counts IPv4 addresses one by one and IPv6 addresses by their /64", () => {
    expect(addressBucket("192.0.2.1")).toBe("192.0.2.1");
    expect(addressBucket("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2::ffff")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(addressBucket("unknown")).toBe("unknown");
  });
});

describe("stampPeerAddresses", () => {
  it("puts the socket's address on every request this process serves, over any a client sent", async () => {
    stampPeerAddresses();
    const server = createServer((request, response) => response.end(clientAddress(request.headers, 0)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const answer = await fetch(url, { headers: { [PEER_HEADER]: "forged 198.51.100.1", "x-forwarded-for": "198.51.100.2" } });
      expect(await answer.text()).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
