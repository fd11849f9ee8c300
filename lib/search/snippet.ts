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
/**
 * Stands for "_" in the text PostgreSQL parses: its parser reads a run like "a_a_a…"
 * as a possible host name from every underscore on, which is quadratic (8,000
 * characters took 290 ms, 98,000 past the statement timeout). A control character is
 * a plain separator to it, as "_" is between words; highlightSegments puts "_" back.
 */
export const UNDERSCORE = "\u0001";
const SENTINELS = /[\u0001\u0002\u0003]/g;

/**
 * Snippets are cut from the first SNIPPET_BODY_MAX characters of the body (briefs are
 * far shorter; a longer one shows a passage from its start), in chunks of SNIPPET_CHUNK
 * characters that overlap by SNIPPET_OVERLAP so that a phrase is whole in one of them:
 * ts_headline then reads one chunk, never the whole text (its cost grows faster than
 * the text: 2.4 s for a phrase over 16,000 words).
 */
export const SNIPPET_BODY_MAX = 10_000;
export const SNIPPET_CHUNK = 1_000;
export const SNIPPET_OVERLAP = 200;

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
  return parts
    .join("")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
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

/** At most `max` UTF-16 units of `text`, never half of a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  return /[\ud800-\udbff]/.test(text[max - 1]!) ? text.slice(0, max - 1) : text.slice(0, max);
}

/** The text a brief's snippet is cut from: summary, body, then quotes with their speakers. */
export function snippetSource(brief: { summary: string; body: string; quotes: Pick<SnapshotQuote, "text" | "speakerName">[] }): string {
  const quotes = brief.quotes.map((q) => `“${q.text}” (${q.speakerName})`);
  return withoutSentinels(joinBlocks([brief.summary, bodyText(cutText(brief.body, SNIPPET_BODY_MAX)), ...quotes]));
}

/**
 * The snippet source, at most SNIPPET_BODY_MAX + 2,000 characters, as overlapping
 * chunks cut at spaces, with "_" as UNDERSCORE; ts_headline reads the first chunk that
 * matches (or the first one).
 */
export function snippetChunks(source: string): string[] {
  const text = cutText(source, SNIPPET_BODY_MAX + 2_000).replaceAll("_", UNDERSCORE);
  const chunks: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + SNIPPET_CHUNK, text.length);
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      end = space > start + SNIPPET_CHUNK / 2 ? space : /[\ud800-\udbff]/.test(text[end - 1]!) ? end - 1 : end;
    }
    chunks.push(text.slice(start, end + (end < text.length ? SNIPPET_OVERLAP : 0)).replace(/[\ud800-\udbff]$/, ""));
    if (end >= text.length) break;
    start = end;
  }
  return chunks.length ? chunks : [""];
}

export function withoutSentinels(text: string): string {
  return text.replace(SENTINELS, " ");
}

/** ts_headline's output, marked with HIGHLIGHT_START/STOP, as text segments. */
export function highlightSegments(headline: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  const push = (part: string, highlight: boolean) => {
    const text = part.replaceAll(UNDERSCORE, "_");
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
