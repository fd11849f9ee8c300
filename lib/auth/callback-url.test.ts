import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

const site = "http://localhost:3000";

describe("safeCallbackPath", () => {
  it("returns to a page of this site", () => {
    expect(safeCallbackPath("/desk/admin/users?x=1", site)).toBe("/desk/admin/users?x=1");
    expect(safeCallbackPath("http://localhost:3000/desk/account", site)).toBe("/desk/account");
  });

  it("never leaves the site", () => {
    expect(safeCallbackPath("https://evil.example/desk", site)).toBe("/desk");
    expect(safeCallbackPath("//evil.example/desk", site)).toBe("/desk");
    expect(safeCallbackPath("http://localhost:3001/desk", site)).toBe("/desk");
  });

  it("goes to the desk when nothing was asked for", () => {
    expect(safeCallbackPath(undefined, site)).toBe("/desk");
    expect(safeCallbackPath("", site)).toBe("/desk");
  });
});
