/** Text with the words a search matched in <mark>, from plain segments (never from HTML). */
export function HighlightedText({ segments }: { segments: { text: string; highlight: boolean }[] }) {
  return <>{segments.map((s, i) => (s.highlight ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}
