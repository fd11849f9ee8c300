import { describe, expect, it } from "vitest";
import { isAppError, type AppError } from "@/lib/errors";
import { extractText, MAX_FILE_BYTES } from "./extract-text";

const bytes = (text: string) => new TextEncoder().encode(text);

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Ukraine Cuts Off North Korean Relationship | Example News</title>
  <style>body { font-family: serif } .ad { display: none }</style>
  <script>window.dataLayer = [{ page: "<p>not text</p>" }];</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
  <article>
    <h1>Ukraine Cuts Off North Korean Relationship</h1>
    <p>( Last week, Russian state media reported that North Korea officially recognized the
       independence of the <a href="https://example.org/donbas">Russian-occupied regions</a>
       of Donetsk and Luhansk, describing them as &ldquo;People&rsquo;s Republics.&rdquo;</p>
    <p>Kim Jong-Un said he would lend his “full support” to Moscow.</p>
    <blockquote><p>strongly condemns</p></blockquote>
    <img src="/photo.jpg" alt="Kim Jong-Un">
  </article>
  <form action="/search"><input name="q"><button>Search</button></form>
  <script src="/tracking.js"></script>
  <noscript>Please enable JavaScript.</noscript>
</body>
</html>`;

describe("extractText", () => {
  it("turns an HTML page into its readable text: scripts, styles and navigation gone, paragraphs kept", () => {
    const text = extractText("article.html", "text/html", bytes(PAGE));
    expect(text).toBe(
      [
        "Ukraine Cuts Off North Korean Relationship",
        "( Last week, Russian state media reported that North Korea officially recognized the independence of the Russian-occupied regions of Donetsk and Luhansk, describing them as \u201CPeople\u2019s Republics.\u201D",
        "Kim Jong-Un said he would lend his \u201Cfull support\u201D to Moscow.",
        "strongly condemns",
      ].join("\n\n"),
    );
    for (const furniture of ["dataLayer", "font-family", "Home", "Politics", "Search", "JavaScript", "Example News", "http"]) {
      expect(text).not.toContain(furniture);
    }
  });

  it("reads an HTML page in the encoding it declares when it is not UTF-8", () => {
    const latin1 = Uint8Array.from(
      [...'<meta charset="windows-1252"><p>Caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x20, 0x93, 0x71, 0x94]),
    );
    expect(extractText("page.htm", "", latin1)).toBe("Caf\u00E9 \u201Cq\u201D");
  });

  it("keeps plain text and Markdown exactly as the file has them", () => {
    const text = "( Last week,\r\n\r\n  “full support”\t\n# not a heading to us\n\n";
    expect(extractText("notes.txt", "text/plain", bytes(text))).toBe(text);
    expect(extractText("NOTES.MD", "text/markdown", bytes(text))).toBe(text);
    expect(extractText("notes.md", "application/octet-stream", bytes(text))).toBe(text);
    expect(extractText("notes.md", "", bytes(text))).toBe(text);
  });

  it("drops only the UTF-8 byte-order mark", () => {
    expect(extractText("bom.txt", "text/plain", Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0x0a]))).toBe("A\n");
  });

  it("refuses other kinds of file, with the reason on the file field", () => {
    for (const [name, type] of [
      ["report.pdf", "application/pdf"],
      ["photo.jpg", "image/jpeg"],
      ["notes", "text/plain"],
      ["fake.txt", "application/pdf"],
    ] as const) {
      const error = refusal(() => extractText(name, type, bytes("text")));
      expect(error.code).toBe("invalid");
      expect(error.fieldErrors.file).toEqual(["Upload a .txt, .md or .html file."]);
    }
  });

  it("refuses text that is not UTF-8, an empty file and a file over 2 MB", () => {
    expect(refusal(() => extractText("latin1.txt", "text/plain", Uint8Array.from([0x43, 0x61, 0x66, 0xe9]))).fieldErrors.file?.[0]).toMatch(
      /not UTF-8/,
    );
    expect(refusal(() => extractText("empty.txt", "text/plain", new Uint8Array())).fieldErrors.file).toEqual(["This file is empty."]);
    expect(refusal(() => extractText("big.txt", "text/plain", new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61))).fieldErrors.file).toEqual([
      "This file is larger than 2 MB.",
    ]);
    expect(extractText("exact.txt", "text/plain", new Uint8Array(MAX_FILE_BYTES).fill(0x61))).toHaveLength(MAX_FILE_BYTES);
  });
});
