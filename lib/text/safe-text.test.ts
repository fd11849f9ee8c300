import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isInvisibleText, isUnsafeUrl, NUL_MESSAGE, SURROGATE_MESSAGE, unsafeTextFields, unsafeTextProblem } from "./safe-text";

describe("unsafeTextProblem", () => {
  it("refuses NUL and lone surrogates, and keeps every other character", () => {
    expect(unsafeTextProblem("a\u0000b")).toBe(NUL_MESSAGE);
    expect(unsafeTextProblem("broken \ud800 here")).toBe(SURROGATE_MESSAGE);
    expect(unsafeTextProblem("\udc00")).toBe(SURROGATE_MESSAGE);
    expect(unsafeTextProblem("emoji 😀, Київ, tab\tand\nnewline, \u200b")).toBeUndefined();
  });

  it("finds them at any depth, by the path zod would report", () => {
    expect(unsafeTextFields({ title: "ok", topics: ["fine", "x\u0000"], nested: { note: "\ud83d" }, ["k\u0000"]: "v" })).toEqual({
      "topics.1": [NUL_MESSAGE],
      "nested.note": [SURROGATE_MESSAGE],
      key: [NUL_MESSAGE],
    });
  });
});

describe("parseInput", () => {
  const schema = z.object({ title: z.string(), body: z.string().optional() });
  it("refuses NUL in any text field with a message for that field, whatever the schema says", () => {
    try {
      parseInput(schema, { title: "A\u0000title", body: "fine" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("invalid");
      expect((error as AppError).fieldErrors).toEqual({ title: [NUL_MESSAGE] });
    }
    expect(parseInput(schema, { title: "A title" })).toEqual({ title: "A title" });
  });
});

describe("isInvisibleText", () => {
  it("is true for text with nothing to see", () => {
    for (const text of [
      "",
      "   ",
      "\u200b\u200b",
      "\u200d\u200c\u2060\ufeff",
      "\u00ad",
      "\u202e\u200f",
      "\u3164",
      "\u2800",
      "\u00a0\u2003",
    ]) {
      expect(isInvisibleText(text)).toBe(true);
    }
    for (const text of ["a", "\u200bA", "·", "😀", "ـ"]) expect(isInvisibleText(text)).toBe(false);
  });
});

describe("isUnsafeUrl", () => {
  const url = (path: string) => new URL(path, "http://localhost");
  it.each([
    "/briefs/%00",
    "/briefs/a%00b",
    "/topics/%00",
    "/sources/%00",
    "/api/v1/briefs/%00",
    "/desk/sources?q=%00",
    "/briefs/%ff",
    "/briefs/%c3",
    "/briefs/%ed%a0%80",
    "/search?%00=x",
  ])("refuses %s", (path) => expect(isUnsafeUrl(url(path))).toBe(true));
  it.each(["/", "/briefs/kyiv", "/briefs/%D0%BA%D0%B8%D1%97%D0%B2", "/search?q=%25&topic=a+b", "/search?q=100%", "/briefs/a%2Fb"])(
    "lets %s through",
    (path) => expect(isUnsafeUrl(url(path))).toBe(false),
  );
});
