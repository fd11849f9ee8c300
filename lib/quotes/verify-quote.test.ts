import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { verifyQuote } from "./verify-quote";

const article = readFileSync(new URL("../../prisma/seed/data/ukraine-north-korea.txt", import.meta.url), "utf8");

describe("verifyQuote", () => {
  it("finds the fixture's quotes verbatim, whatever their quote marks", () => {
    expect(verifyQuote("full support", article)).toBe("verbatim");
    expect(verifyQuote("the temporarily occupied areas of Donetsk and Luhansk", article)).toBe("verbatim");
    expect(
      verifyQuote(
        "leadership and great success in carrying out the just cause of protecting justice and his country's dignity and security.",
        article,
      ),
    ).toBe("verbatim");
  });

  it("treats runs of whitespace and dashes alike", () => {
    expect(verifyQuote("strongly\n  condemns", "It “strongly condemns” it")).toBe("verbatim");
    expect(verifyQuote("Kim Jong-Un", "Kim Jong\u2011Un")).toBe("verbatim");
  });

  it("marks a close passage with different words altered", () => {
    expect(verifyQuote("Kyiv regards the regions as under terrorist control", article)).toBe("altered");
    expect(verifyQuote("praising Putin for his leadership and great success", article)).toBe("altered");
  });

  it("does not find words with nothing close, or empty words", () => {
    expect(verifyQuote("fully supports", article)).toBe("not_found");
    expect(verifyQuote("   ", article)).toBe("not_found");
  });
});
