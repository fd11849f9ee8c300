import type { ReactNode } from "react";

/** A stretch of the text that quotes were found in: [start, end) of the original. */
export type HighlightView = { start: number; end: number; quoteIds: string[] };
export type HighlightedQuote = { ref: string; speakerName: string; briefTitle: string };

/**
 * The captured text exactly as stored, line breaks and all, with every passage a
 * quote cites marked. The first place each quote is found carries its anchor,
 * `#highlight-<quote id>`, for the quote list to link to.
 */
export function CapturedText({
  text,
  language,
  highlights,
  quotes,
}: {
  text: string;
  language: string;
  highlights: HighlightView[];
  quotes: Record<string, HighlightedQuote>;
}) {
  const parts: ReactNode[] = [];
  const anchored = new Set<string>();
  let at = 0;
  highlights.forEach((highlight, i) => {
    if (highlight.start > at) parts.push(text.slice(at, highlight.start));
    const anchors = highlight.quoteIds.filter((id) => !anchored.has(id));
    anchors.forEach((id) => anchored.add(id));
    const title = highlight.quoteIds
      .map((id) => quotes[id])
      .filter((quote) => quote !== undefined)
      .map((quote) => `${quote.ref}, ${quote.speakerName} — in “${quote.briefTitle}”`)
      .join("\n");
    parts.push(
      <mark key={i} title={title} className={highlight.quoteIds.length > 1 ? "quote-overlap" : undefined}>
        {anchors.map((id) => (
          <span key={id} id={`highlight-${id}`} className="highlight-anchor" />
        ))}
        {text.slice(highlight.start, highlight.end)}
      </mark>,
    );
    at = highlight.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return (
    <div className="captured-text" lang={language}>
      {parts}
    </div>
  );
}
