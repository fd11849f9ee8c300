// DESIGN rule 7 in the body: a passage in quotation marks that carries a marker must be
// in what the marker cites — checked by the matcher that checks quotes against their
// documents (lib/quotes/match-quote), so typography, ellipses and [insertions] count
// alike — and a passage of five or more words must carry a marker or be marked [@nq].
// Pure: the caller says what words each marker cites.
import { matchQuote, type QuoteDiffPart } from "@/lib/quotes/match-quote";
import { findQuotations } from "./quotations";

/** Quotations this long need a marker; shorter ones may be scare quotes or labels. */
export const UNCITED_WORDS = 5;

export type QuotationProblem = {
  code: "quotation_mismatch" | "quotation_uncited";
  message: string;
  /** the words in quotation marks, as the body has them, and where they are in it (marks included) */
  passage: string;
  start: number;
  end: number;
  /** the marker whose words come closest (mismatch only) */
  itemRef?: string;
  /** how the passage differs from those words; empty when nothing close was found */
  diff?: QuoteDiffPart[];
};

/**
 * The words each ref cites: a quote's or a claim's words, a document's captured text, an
 * event's documents' texts. `null` when they are not known here, `undefined` when the
 * ref is unknown (reported elsewhere): the passage is held against the other markers.
 */
export type CitedWords = (ref: string) => string[] | null | undefined;

/** A problem as told to the author, without the offsets the preview marks it by. */
export function withoutOffsets(p: QuotationProblem): Omit<QuotationProblem, "start" | "end"> {
  return {
    code: p.code,
    message: p.message,
    passage: p.passage,
    ...(p.itemRef && { itemRef: p.itemRef }),
    ...(p.diff && { diff: p.diff }),
  };
}

const short = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);
const KIND: Record<string, string> = { q: "quote", c: "claim", d: "document", e: "event" };

export function checkQuotations(body: string, cited: CitedWords): QuotationProblem[] {
  const problems: QuotationProblem[] = [];
  for (const quotation of findQuotations(body)) {
    if (quotation.notQuotation || !quotation.text) continue;
    const markers = quotation.attached.length ? quotation.attached : quotation.sentence;
    if (markers.length === 0) {
      if (quotation.words >= UNCITED_WORDS) {
        problems.push({
          code: "quotation_uncited",
          passage: quotation.text,
          start: quotation.start,
          end: quotation.end,
          message: `“${short(quotation.text)}” is in quotation marks with no citation: cite it or mark it as not a quotation with [@nq].`,
        });
      }
      continue;
    }
    let best: { ref: string; diff: QuoteDiffPart[]; similarity: number } | null = null;
    let checkable = false;
    let found = false;
    for (const marker of markers) {
      // null: words we cannot read here, so nothing to hold against the passage
      for (const text of cited(marker.ref) ?? []) {
        checkable = true;
        const match = matchQuote(quotation.text, text);
        if (match.status === "verbatim") found = true;
        else if (!best || match.similarity > best.similarity) {
          // Nothing close: a quote's or a claim's words are short enough to show whole against the passage.
          const whole = match.diff.length === 0 && /^[qc]/.test(marker.ref);
          best = {
            ref: marker.ref,
            diff: whole ? [{ op: "changed", text: quotation.text, source: text }] : match.diff,
            similarity: match.similarity,
          };
        }
      }
      if (found) break;
    }
    if (found || !checkable) continue;
    const ref = best?.ref ?? markers[0]!.ref;
    problems.push({
      code: "quotation_mismatch",
      passage: quotation.text,
      start: quotation.start,
      end: quotation.end,
      itemRef: ref,
      diff: best?.diff ?? [],
      message: `“${short(quotation.text)}” is not what ${KIND[ref[0]!] ?? "the citation"} ${ref} says${best?.diff.length ? ": see the difference" : ""}. Quote its words exactly, or cite what says this.`,
    });
  }
  return problems;
}
