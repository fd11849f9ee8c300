import { describe, expect, it } from "vitest";
import { requestIdFrom } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("requestIdFrom", () => {
  it("keeps a sane id from the caller", () => {
    expect(requestIdFrom("3f2c9a7e-1b4d-4c8e-9a0f-2d6b8e1c4a7f")).toBe("3f2c9a7e-1b4d-4c8e-9a0f-2d6b8e1c4a7f");
    expect(requestIdFrom("Root=1-67891233-abcdef012345678912345678")).toMatch(UUID); // '=' is not kept
    expect(requestIdFrom("lb.trace_01:abc-DEF")).toBe("lb.trace_01:abc-DEF");
  });

  it("makes a new one when there is none", () => {
    expect(requestIdFrom(null)).toMatch(UUID);
    expect(requestIdFrom(undefined)).toMatch(UUID);
    expect(requestIdFrom("")).toMatch(UUID);
    expect(requestIdFrom(null)).not.toBe(requestIdFrom(null));
  });

  it("replaces an id that could forge or bloat a log line", () => {
    for (const bad of ['abc"}\n{"level":"fatal', "a b", "x".repeat(129), "-leading-dash", "naïve", "<script>"]) {
      expect(requestIdFrom(bad), bad).toMatch(UUID);
    }
    expect(requestIdFrom("x".repeat(128))).toBe("x".repeat(128));
  });
});
