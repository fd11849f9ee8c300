// The words for the kinds of public change to a brief, on the reader site and in the
// corrections feed. A labels module: components import it as a value, so it holds
// constants only (eslint.config.js).
import type { PublicCorrectionKind } from "./list-public-corrections";

export const CORRECTION_KIND_LABELS: Record<PublicCorrectionKind, string> = {
  correction: "Correction",
  update: "Update",
  clarification: "Clarification",
  verdict_change: "Verdict change",
  withdrawal: "Withdrawal",
};

/** The words for a kind read from anywhere (a snapshot, a row): its own name when it is none of ours. */
export function correctionLabel(kind: string): string {
  return (CORRECTION_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}
