// Every passage in quotation marks, paragraph by paragraph: curly double quotes
// (“…”), straight double quotes ("…"), single quotes (‘…’) where a text uses
// them as its outer quotes, and the guillemets (« … ») and low-high quotes („…“) a
// translated statement keeps from its original. Quotes inside a quotation are part of it. A quotation
// left open at the end of a paragraph (a quote running on into the next paragraph,
// which opens again with a quote mark) ends with its paragraph.
import { paragraphs } from "./segment";
import type { Span } from "./types";

export type Quotation = {
  /** the words inside the marks */
  inner: Span;
  /** with the marks */
  outer: Span;
  /** false when the paragraph ended before a closing mark */
  closed: boolean;
};

const LETTER = /[\p{L}\p{N}]/u;

export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  for (const paragraph of paragraphs(text)) scanParagraph(text, paragraph, found);
  return found;
}

function scanParagraph(text: string, { start, end }: Span, found: Quotation[]): void {
  let open: { at: number; close: string } | null = null;
  for (let i = start; i < end; i++) {
    const char = text[i];
    const before = (i > start && text[i - 1]) || " ";
    const after = (i + 1 < end && text[i + 1]) || " ";
    if (open) {
      const closes =
        char === open.close &&
        // a straight or single closing mark is not followed by a letter (“People’s” is an apostrophe)
        (open.close === "”" || open.close === "»" || !LETTER.test(after)) &&
        // nor preceded by a space (an opening mark then)
        (open.close === "”" || open.close === "»" || !/\s/.test(before));
      if (closes) {
        add(found, text, open.at, i + 1, true);
        open = null;
      }
      continue;
    }
    if (char === "“") open = { at: i, close: "”" };
    else if (char === "«") open = { at: i, close: "»" };
    else if (char === "„") open = { at: i, close: "“" };
    else if (char === '"' && !LETTER.test(before) && !/\s/.test(after)) open = { at: i, close: '"' };
    else if (char === "‘" && !LETTER.test(before) && !/\s/.test(after)) open = { at: i, close: "’" };
  }
  if (open) add(found, text, open.at, end, false);
}

function add(found: Quotation[], text: string, start: number, end: number, closed: boolean): void {
  const inner = { start: start + 1, end: closed ? end - 1 : end };
  // « with the spaces French typography puts inside the marks »
  while (inner.start < inner.end && /\s/.test(text.charAt(inner.start))) inner.start++;
  while (inner.end > inner.start && /\s/.test(text.charAt(inner.end - 1))) inner.end--;
  if (inner.end > inner.start) found.push({ inner, outer: { start, end }, closed });
}
