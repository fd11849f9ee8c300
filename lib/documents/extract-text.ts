// The text of an uploaded document. Plain text and Markdown are kept exactly as the
// file has them (only the UTF-8 byte-order mark, which is encoding and not text, is
// dropped); HTML becomes readable text, with the page's furniture (scripts, styles,
// navigation, forms) left out and its paragraphs kept apart. Anything else is refused:
// the desk stores text it can show and check quotes against, not files.
import { convert, type SelectorDefinition } from "html-to-text";
import { AppError } from "@/lib/errors";

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

const KIND_BY_EXTENSION: Record<string, "plain" | "html"> = {
  txt: "plain",
  text: "plain",
  md: "plain",
  markdown: "plain",
  html: "html",
  htm: "html",
};
/** Browsers and operating systems name these files in many ways; all of them are text. */
const TEXT_MIME = /^(text\/(plain|markdown|x-markdown|html)|application\/(xhtml\+xml|octet-stream)|)$/i;

const SKIP = [
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "form",
  "button",
  "select",
  "iframe",
  "svg",
  "canvas",
  "img",
  "head",
  "[hidden]",
  "[aria-hidden=true]",
];

/** How an HTML page becomes the text quotes are checked against (also used for captured pages). */
export const HTML_OPTIONS = {
  wordwrap: false as const,
  selectors: [
    ...SKIP.map((selector): SelectorDefinition => ({ selector, format: "skip" })),
    { selector: "a", options: { ignoreHref: true } },
    // Quoted passages stay plain paragraphs: a "> " prefix on each line would stand
    // between the words and a quote that spans lines.
    { selector: "blockquote", format: "block" },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector): SelectorDefinition => ({ selector, options: { uppercase: false } })),
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
  ],
};

function refuse(message: string): never {
  throw new AppError("invalid", "Please correct the highlighted fields.", { file: [message] });
}

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

/** The charset an HTML file declares in a <meta> tag near its start, if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

// Bytes 0x80–0x9F of windows-1252 (which "latin1" and "iso-8859-1" also mean on the
// web); some Node versions decode them as control characters instead.
const WINDOWS_1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

function decode(bytes: Uint8Array, label: string): string | undefined {
  try {
    const decoder = new TextDecoder(label, { fatal: true });
    if (decoder.encoding !== "windows-1252") return decoder.decode(bytes);
    return Array.from(bytes, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte))).join(
      "",
    );
  } catch {
    return undefined; // not valid in that encoding, or an encoding the runtime does not know
  }
}

/**
 * The text of an uploaded `.txt`, `.md` or `.html` file of at most 2 MB, or an
 * AppError("invalid") with a message for the `file` field.
 */
export function extractText(fileName: string, mimeType: string, bytes: Uint8Array): string {
  const kind = KIND_BY_EXTENSION[extension(fileName)];
  if (!kind || !TEXT_MIME.test(mimeType.split(";")[0]!.trim())) refuse("Upload a .txt, .md or .html file.");
  if (bytes.length === 0) refuse("This file is empty.");
  if (bytes.length > MAX_FILE_BYTES) refuse("This file is larger than 2 MB.");

  if (kind === "plain") {
    const text = decode(bytes, "utf-8");
    if (text === undefined) refuse("This file is not UTF-8 text. Save it as UTF-8 and upload it again, or paste its text.");
    return text;
  }
  const charset = declaredCharset(bytes);
  const html = decode(bytes, "utf-8") ?? (charset ? decode(bytes, charset) : undefined);
  if (html === undefined) refuse("This page's text encoding could not be read. Paste its text instead.");
  return convert(html, HTML_OPTIONS);
}
