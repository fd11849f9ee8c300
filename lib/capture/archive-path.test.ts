import { describe, expect, it } from "vitest";
import { isArchivedCopyPath } from "./archive-path";

describe("isArchivedCopyPath", () => {
  it("names the two archived-copy routes and nothing else", () => {
    expect(isArchivedCopyPath("/desk/documents/abc/archived")).toBe(true);
    expect(isArchivedCopyPath("/briefs/some-brief/documents/d1/archived")).toBe(true);
    expect(isArchivedCopyPath("/briefs/some-brief/documents/d1")).toBe(false);
    expect(isArchivedCopyPath("/desk/documents/abc/archived/x")).toBe(false);
    expect(isArchivedCopyPath("/desk/briefs/abc/archived")).toBe(false);
  });
});
