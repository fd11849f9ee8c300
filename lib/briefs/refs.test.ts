import { describe, expect, it } from "vitest";
import { bodyCites, nextRef } from "./refs";

describe("nextRef", () => {
  it("starts at 1 and takes the highest number in use plus one", () => {
    expect(nextRef("q", [], "")).toBe("q1");
    expect(nextRef("q", ["q1", "q2"], "")).toBe("q3");
    // q1 was removed: its number is not reused, nor is any gap filled
    expect(nextRef("q", ["q2"], "")).toBe("q3");
    expect(nextRef("e", ["e10", "e9"], "")).toBe("e11");
  });

  it("counts the markers still in the body, and only those of its own kind", () => {
    expect(nextRef("q", ["q1"], "As she said [@q1], and later [@q4].")).toBe("q5");
    expect(nextRef("q", ["q1"], "Then [@e7] and [@d3].")).toBe("q2");
    expect(nextRef("e", [], "Then [@e7] and [@q9].")).toBe("e8");
  });
});

describe("bodyCites", () => {
  it("finds a marker, not a longer ref that starts the same", () => {
    expect(bodyCites("See [@q1].", "q1")).toBe(true);
    expect(bodyCites("See [@q12].", "q1")).toBe(false);
    expect(bodyCites("See q1.", "q1")).toBe(false);
  });
});
