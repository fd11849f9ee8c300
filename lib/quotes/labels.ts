// The words for a quote's verification status, for each place that shows one. A labels
// module: components import it as a value, so it holds constants only (eslint.config.js).
// Keyed by the stored status, so a new status cannot be left without words anywhere.
import type { VerificationStatus } from "@/lib/db/client";

type Labels = Record<VerificationStatus, string>;

/** The status beside a quote in the editor's quote panel. */
export const VERIFICATION_LABELS: Labels = {
  verbatim: "Verbatim",
  not_found: "Not found in the document",
  altered: "Altered",
  checked_by_hand: "Checked by hand",
  unchecked: "Not yet checked",
};

/** Beside a quote on a document's page, in the list of quotes that cite it. */
export const CITING_VERIFICATION_LABELS: Labels = { ...VERIFICATION_LABELS, not_found: "Not found" };

/** On the review screen, with what the reviewer must do about it. */
export const REVIEW_VERIFICATION_LABELS: Labels = {
  verbatim: "Verbatim in its document",
  not_found: "Not found in its document — needs a note",
  altered: "Differs from its document — needs a note",
  checked_by_hand: "Checked by hand",
  unchecked: "Not checked yet — needs a note",
};

/**
 * What readers are told, said plainly: only a verbatim quote was verified against the
 * stored source text; a hand check was a reviewer's, against a source the desk does not hold.
 */
export const READER_VERIFICATION_LABELS: Labels = {
  verbatim: "Verified against the source text",
  checked_by_hand: "Checked by hand by a reviewer, not against the stored source text",
  altered: "Differs from the source text",
  not_found: "Not found in the source text",
  unchecked: "Not yet checked",
};

/** What the automatic check found, inside a sentence of the evidence ("The words are …"). */
export const CHECK_RESULT_LABELS: Record<Exclude<VerificationStatus, "checked_by_hand" | "unchecked">, string> = {
  verbatim: "verbatim in the document",
  altered: "altered: close to a passage of the document, with different words",
  not_found: "not found in the document",
};

/** The words for a status read from anywhere (a snapshot, a form): its own name when it is none of ours. */
export function verificationLabel(labels: Labels, status: string): string {
  return (labels as Record<string, string>)[status] ?? status;
}
