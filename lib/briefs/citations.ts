// Citation markers in a brief's body: [@q1] cites the brief's quote q1, [@e2] its
// event e2, [@d1] a document it cites, [@c1] a claim it checks. Readers see them
// numbered in order of first appearance; a marker that does not resolve blocks
// submission (DESIGN rule 2). [@nq] after a passage in quotation marks says it is not
// a quotation (a title, a scare quote, a label): editors and reviewers see it in the
// Markdown, readers see nothing (DESIGN rule 7).
export type CitationKind = "quote" | "event" | "document" | "claim";
export type CitationMarker = { ref: string; kind: CitationKind; index: number };

const MARKER = /\[@([qedc]\d+)\]/g;
const KIND_BY_PREFIX: Record<string, CitationKind> = { q: "quote", e: "event", d: "document", c: "claim" };

/** The marker that says the passage in quotation marks before it is not a quotation. */
export const NOT_QUOTATION = "[@nq]";
const NOT_QUOTATION_MARKER = /[ \t]?\[@nq\]/g;

export function citationKind(ref: string): CitationKind {
  const kind = KIND_BY_PREFIX[ref[0] ?? ""];
  if (!kind) throw new RangeError(`Not a citation ref: ${ref}`);
  return kind;
}

/** Every marker in the body, in order, with its character index. */
export function findCitationMarkers(body: string): CitationMarker[] {
  return [...body.matchAll(MARKER)].map((m) => ({
    ref: m[1]!,
    kind: citationKind(m[1]!),
    index: m.index,
  }));
}

/** Citation numbers, 1-based, in order of first appearance in the body. */
export function numberCitations(body: string): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const { ref } of findCitationMarkers(body)) {
    if (!numbers.has(ref)) numbers.set(ref, numbers.size + 1);
  }
  return numbers;
}

export function unresolvedCitations(body: string, knownRefs: Iterable<string>): string[] {
  const known = new Set(knownRefs);
  return [...new Set(findCitationMarkers(body).map((m) => m.ref))].filter((ref) => !known.has(ref));
}

/** Replaces each marker with what `render` returns for it (the number it has); [@nq] markers become nothing. */
export function replaceCitationMarkers(body: string, render: (ref: string, n: number) => string): string {
  const numbers = numberCitations(body);
  return body.replace(NOT_QUOTATION_MARKER, "").replace(MARKER, (_, ref: string) => render(ref, numbers.get(ref)!));
}
