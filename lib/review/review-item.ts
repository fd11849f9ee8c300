// One quote, event or claim as the reviewer's checklist shows it (the review page
// builds them from the revision under review).
import type { QuoteCheck } from "@/lib/quotes/explain-verification";

export type ReviewItem = {
  kind: "quote" | "event" | "claim";
  ref: string;
  title: string;
  detail: string;
  /** quotes: verbatim, not_found, … */
  verification?: string;
  /** quotes: the passage the words match in their document, and the word diff when altered */
  check?: Omit<QuoteCheck, "similarity">;
};
