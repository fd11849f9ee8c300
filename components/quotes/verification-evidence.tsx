import type { QuoteCheck } from "@/lib/quotes/explain-verification";
import { CHECK_RESULT_LABELS } from "@/lib/quotes/labels";
import { DiffWords } from "./word-diff";

/** What this component reads of a quote's check (lib/quotes/explain-verification.ts). */
export type VerificationCheck = Omit<QuoteCheck, "similarity">;

/**
 * The passage of its document a quote matches, highlighted in the text around it, and
 * for an altered quote the word diff, with a legend in words so that it does not rely
 * on colour. `stored` is the quote's status as saved, which may be a hand check.
 */
export function VerificationEvidence({ check, stored, id }: { check: VerificationCheck; stored: string; id: string }) {
  const ops = new Set(check.diff.map((p) => p.op));
  const struck = ops.has("dropped") || ops.has("changed") || check.diff.some((p) => p.op === "insertion" && p.source);
  const underlined = ops.has("added") || ops.has("changed") || ops.has("insertion");
  return (
    <div className="verification-evidence" id={id}>
      {stored !== check.status && <p className="meta">The automatic check finds the words {CHECK_RESULT_LABELS[check.status]}.</p>}
      {check.passage ? (
        <>
          <p className="evidence-label">{check.status === "verbatim" ? "In the document:" : "Closest passage in the document:"}</p>
          <p className="evidence-passage">
            {check.before && <span className="evidence-context">…{check.before}</span>}
            <mark>
              <DiffWords diff={check.diff} ours="the quote" theirs="the document" />
            </mark>
            {check.after && <span className="evidence-context">{check.after}…</span>}
          </p>
          {(struck || underlined || ops.has("omitted")) && (
            <p className="evidence-legend">
              {struck && (
                <>
                  <del>Struck through</del>: in the document, not in the quote.{" "}
                </>
              )}
              {underlined && (
                <>
                  <ins>Underlined</ins>: in the quote, not in the document.{" "}
                </>
              )}
              {ops.has("insertion") && <>[Brackets]: the editor’s insertion. </>}
              {ops.has("omitted") && (
                <>
                  <span className="evidence-omitted">Dotted underline</span>: left out by the quote’s ellipsis.
                </>
              )}
            </p>
          )}
        </>
      ) : (
        check.status === "not_found" && <p className="evidence-label">No passage of the document is close to these words.</p>
      )}
    </div>
  );
}
