// @ts-check
// A cached page's HTML rewritten so that every character is at most U+00FF, which V8
// then keeps as one byte per character. Node writes a string that V8 keeps in two bytes
// per character (any character above U+00FF makes it so: a typographic apostrophe, a
// dash) several times slower once it is longer than 64K characters: a 70 KB brief page
// served 1,170 req/s from a plain Node server as it was, 7,000 rewritten, and Next
// sends a cached page as a string. Each such character is written as a reference that
// means the same character: `&#x2019;` in text and attribute values, `\u2019` inside a
// script (JavaScript strings and JSON both read it back). A page with such a character
// where neither applies (a <style> element, a tag's own attributes) is left as it is.

const ABOVE_LATIN1 = /[^\x00-\xff]/;
const ABOVE_LATIN1_ALL = /[^\x00-\xff]/gu;
const ABOVE_LATIN1_UNITS = /[^\x00-\xff]/g;
// raw-text elements, whose content no character reference reaches
const RAW_TEXT = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;

/** @param {string} text */
const asReferences = (text) => text.replace(ABOVE_LATIN1_ALL, (c) => `&#x${/** @type {number} */ (c.codePointAt(0)).toString(16)};`);
/** @param {string} code */
const asEscapes = (code) => code.replace(ABOVE_LATIN1_UNITS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * The page with every character above U+00FF written as a reference, as a one-byte
 * string; the page itself when it has none, or one where a reference would not mean it.
 * @param {string} html
 * @returns {string}
 */
export function oneBytePage(html) {
  if (!ABOVE_LATIN1.test(html)) return html;
  let out = "";
  let last = 0;
  for (const match of html.matchAll(RAW_TEXT)) {
    const [whole, open = "", name = "", content = "", close = ""] = match;
    if (name.toLowerCase() === "style" && ABOVE_LATIN1.test(content)) return html;
    out += asReferences(html.slice(last, match.index)) + open + asEscapes(content) + close;
    last = (match.index ?? 0) + whole.length;
  }
  out += asReferences(html.slice(last));
  if (ABOVE_LATIN1.test(out)) return html;
  // built from pieces of a two-byte string, the result is kept in two bytes until copied
  return Buffer.from(out, "latin1").toString("latin1");
}
