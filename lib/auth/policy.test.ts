import { describe, expect, it } from "vitest";
import { can, POLICY } from "./policy";

describe("policy", () => {
  it("lets editors use the desk but not manage users, sources or settings", () => {
    const editor = { role: "editor" as const };
    expect(can(editor, "desk.use")).toBe(true);
    expect(can(editor, "account.update")).toBe(true);
    expect(can(editor, "users.manage")).toBe(false);
    expect(can(editor, "sources.manage")).toBe(false);
    expect(can(editor, "settings.manage")).toBe(false);
  });

  it("lets admins do everything", () => {
    for (const permission of Object.keys(POLICY) as (keyof typeof POLICY)[]) {
      expect(can({ role: "admin" }, permission)).toBe(true);
    }
  });

  it("lets anonymous readers do nothing on the desk", () => {
    for (const permission of Object.keys(POLICY) as (keyof typeof POLICY)[]) {
      expect(can(null, permission)).toBe(false);
    }
  });
});
