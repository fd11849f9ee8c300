import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, nextAttemptAfter } from "./events";

describe("webhook retry schedule", () => {
  const now = new Date("2026-01-01T00:00:00Z");
  const wait = (attempts: number) => (nextAttemptAfter(attempts, now)!.getTime() - now.getTime()) / 1000;

  it("backs off exponentially: 30 s, 2 min, 10 min, 1 h, 6 h, 24 h", () => {
    expect([1, 2, 3, 4, 5, 6].map(wait)).toEqual([30, 120, 600, 3600, 21600, 86400]);
  });

  it("gives up after the last attempt", () => {
    expect(nextAttemptAfter(MAX_ATTEMPTS, now)).toBeNull();
  });
});
