// Issue 14, item 5: the API's per-address limit counts the address the request came
// from, so a client cannot escape it by sending a new X-Forwarded-For each time.
import { afterEach, describe, expect, it, vi } from "vitest";
import { api, newAddress } from "./test-api-client";
import { setTestEnv } from "@/lib/test-env";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const statuses = async (requests: (() => Promise<{ status: number }>)[]) => {
  const result: number[] = [];
  for (const request of requests) result.push((await request()).status);
  return result;
};

describe("API rate limits and X-Forwarded-For", () => {
  afterEach(() => {
    setTestEnv({ BRIEFDESK_API_ADDRESS_LIMIT: undefined });
    setTestEnv({ TRUSTED_PROXY_HOPS: undefined });
  });

  it("refuses a client past its limit however it rotates X-Forwarded-For and X-Real-IP", async () => {
    setTestEnv({ BRIEFDESK_API_ADDRESS_LIMIT: "3" });
    const address = newAddress();
    const rotating = (i: number) => () =>
      api("GET", "/api/v1/topics", {
        address,
        headers: { "x-forwarded-for": `198.51.100.${i}, 203.0.113.${i}`, "x-real-ip": `192.0.2.${i}` },
      });
    expect(await statuses([1, 2, 3, 4, 5].map(rotating))).toEqual([200, 200, 200, 429, 429]);
  });

  it("counts a whole IPv6 /64 as one client", async () => {
    setTestEnv({ BRIEFDESK_API_ADDRESS_LIMIT: "2" });
    const prefix = newAddress().replace(/::7$/, "");
    const within = (i: number) => () => api("GET", "/api/v1/topics", { address: `${prefix}:${i}:${i}:${i}:${i}` });
    expect(await statuses([1, 2, 3].map(within))).toEqual([200, 200, 429]);
  });

  it("behind a trusted proxy, counts the client the proxy appended, whatever the client wrote before it", async () => {
    setTestEnv({ BRIEFDESK_API_ADDRESS_LIMIT: "2" });
    setTestEnv({ TRUSTED_PROXY_HOPS: "1" });
    const proxy = newAddress();
    const client = newAddress();
    const forged = (i: number) => () =>
      api("GET", "/api/v1/topics", { address: proxy, headers: { "x-forwarded-for": `198.51.100.${i}, ${client}` } });
    expect(await statuses([1, 2, 3].map(forged))).toEqual([200, 200, 429]);
    // another client behind the same proxy has its own count
    const other = await api("GET", "/api/v1/topics", { address: proxy, headers: { "x-forwarded-for": newAddress() } });
    expect(other.status).toBe(200);
  });
});
