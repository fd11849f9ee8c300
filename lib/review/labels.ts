// The words for where a brief is in the workflow, as the desk shows them. A labels
// module: components import it as a value, so it holds constants only (eslint.config.js).
import type { BriefState } from "@/lib/db/client";

export const BRIEF_STATE_LABELS: Record<BriefState, string> = {
  draft: "Draft",
  in_review: "In review",
  approved: "Approved",
  published: "Published",
  withdrawn: "Withdrawn",
};

/** The words for a state read from anywhere: its own name when it is none of ours. */
export function briefStateLabel(state: string, labels: Record<BriefState, string> = BRIEF_STATE_LABELS): string {
  return (labels as Record<string, string>)[state] ?? state;
}
