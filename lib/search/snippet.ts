// Search snippets: the text PostgreSQL's ts_headline cuts a snippet from, and the
// snippet it returns as plain segments to render as React text. The highlight marks
// are two control characters that cannot occur in that text (they are taken out of
// it first), never HTML, so no database text is ever parsed as markup.
import type { Token } from "markdown-it";
import { replaceCitationMarkers } from "@/lib/briefs/citations";
import { markdown } from "@/lib/briefs/markdown";
import type { SnapshotQuote } from "@/lib/revisions/snapshot";

export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_STOP = "\u0003";
const SENTINELS = /[\u0002\u0003]/g;

export type SnippetSegment = { text: string; highlight: boolean };

// Tokens that begin a block of text: their text is kept apart from the previous block's.
const BLOCKS = new Set(["paragraph_open", "heading_open", "blockquote_open", "list_item_open", "tr_open", "hr", "code_block", "fence"]);
// Inline tokens whose content is words a reader sees (raw HTML is not).
const WORDS = new Set(["text", "code_inline", "image"]);

/**
 * A Markdown body as the words a reader sees, without its citation markers or its
 * Markdown syntax (parsed by the parser the brief page renders with).
 */
export function bodyText(body: string): string {
  const withoutMarkers = replaceCitationMarkers(body, () => "\u0000").replace(/\s*\u0000/g, "");
  const parts: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (BLOCKS.has(token.type)) parts.push("\n");
      if (token.type === "code_block" || token.type === "fence" || WORDS.has(token.type)) parts.push(token.content);
      else if (token.type === "softbreak" || token.type === "hardbreak") parts.push("\n");
      else if (token.type === "th_open" || token.type === "td_open") parts.push(" ");
      else if (token.type === "inline" && token.children) walk(token.children);
    }
  };
  walk(markdown.parse(withoutMarkers, {}));
  return parts.join("").replace(/\s*\n\s*/g, "\n").trim();
}

/**
 * Blocks as one run of text: a snippet shows no line breaks, so a block that ends
 * without punctuation (a heading, say) is set off from the next by a dash.
 */
function joinBlocks(blocks: string[]): string {
  return blocks
    .flatMap((block) => block.split("\n"))
    .filter((line) => line.trim() !== "")
    .map((line, i, lines) => (i === lines.length - 1 || /[.!?:;,…"'”’)\]]$/.test(line) ? line : `${line} —`))
    .join(" ");
}

/** The text a brief's snippet is cut from: summary, body, then quotes with their speakers. */
export function snippetSource(brief: { summary: string; body: string; quotes: Pick<SnapshotQuote, "text" | "speakerName">[] }): string {
  const quotes = brief.quotes.map((q) => `“${q.text}” (${q.speakerName})`);
  return withoutSentinels(joinBlocks([brief.summary, bodyText(brief.body), ...quotes]));
}

export function withoutSentinels(text: string): string {
  return text.replace(SENTINELS, " ");
}

/** ts_headline's output, marked with HIGHLIGHT_START/STOP, as text segments. */
export function highlightSegments(headline: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  const push = (text: string, highlight: boolean) => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.highlight === highlight) last.text += text;
    else segments.push({ text, highlight });
  };
  for (const [i, part] of headline.split(HIGHLIGHT_START).entries()) {
    if (i === 0) {
      push(part.replaceAll(HIGHLIGHT_STOP, ""), false);
      continue;
    }
    const stop = part.indexOf(HIGHLIGHT_STOP);
    if (stop < 0) {
      push(part, true);
      continue;
    }
    push(part.slice(0, stop), true);
    push(part.slice(stop + 1).replaceAll(HIGHLIGHT_STOP, ""), false);
  }
  return segments;
}
