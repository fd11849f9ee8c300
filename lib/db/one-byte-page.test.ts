// A page rewritten to one byte per character means the same to a browser and to its scripts.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { oneBytePage } from "./one-byte-page.mjs";

const page = [
  '<!DOCTYPE html><html lang="en"><head><title>The minister’s “plan” — 2026</title>',
  '<script type="application/ld+json">{"headline":"The minister’s plan 🙂","author":"Zoë Ştefan"}</script></head>',
  '<body><h1 title="It’s — here">Ceasefire – day 3 🙂 café</h1>',
  '<script>self.__next_f.push([1,"0:[\\"$\\",\\"h1\\",null,{\\"children\\":\\"Ceasefire – day 3 🙂\\"}]\\n"])</script>',
  "</body></html>",
].join("");

describe("a page as one byte per character", () => {
  it("writes every character above U+00FF as a reference that means it, and keeps Latin-1 as it is", () => {
    const rewritten = oneBytePage(page);
    expect(rewritten).not.toMatch(/[^\x00-\xff]/);
    expect(rewritten).toContain("café");
    const before = parseHTML(page).document;
    const after = parseHTML(rewritten).document;
    expect(after.title).toBe(before.title);
    expect(after.querySelector("h1")?.textContent).toBe("Ceasefire – day 3 🙂 café");
    expect(after.querySelector("h1")?.getAttribute("title")).toBe("It’s — here");
    const [jsonLd, flight] = [...after.querySelectorAll("script")].map((s) => s.textContent ?? "");
    expect(JSON.parse(jsonLd!)).toEqual({ headline: "The minister’s plan 🙂", author: "Zoë Ştefan" });
    const pushed: unknown[] = [];
    new Function("self", flight!)({ __next_f: { push: (x: unknown) => pushed.push(x) } });
    expect(pushed).toEqual([[1, '0:["$","h1",null,{"children":"Ceasefire – day 3 🙂"}]\n']]);
  });

  it("leaves a page alone when it has nothing above U+00FF, or such a character in a style", () => {
    const plain = "<p>café</p>";
    expect(oneBytePage(plain)).toBe(plain);
    const styled = '<style>q::before{content:"“"}</style><p>it’s</p>';
    expect(oneBytePage(styled)).toBe(styled);
  });
});
