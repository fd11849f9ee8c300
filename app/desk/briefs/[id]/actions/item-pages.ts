// What the brief's quote and event actions share: the pages that show an item, what a
// refused form keeps, and what a saved quote's message says about its words.
import type { Revalidation } from "@/lib/forms/revalidate";
import { eventFromForm, type FormReader } from "@/lib/forms/form-inputs";
import type { QuoteItem } from "@/lib/quotes/quote-item";

/** The editor and the quotes-and-events page of the item's brief. */
export const itemPages = (briefId: string): Revalidation[] => [`/desk/briefs/${briefId}`, `/desk/briefs/${briefId}/items`];

/** The event form, read; its document checkboxes send one value each: all are kept, so a refused form shows them still ticked. */
export const eventForm = {
  fromForm: eventFromForm,
  keep: (form: FormReader) => ({ documentIds: form.all("documentIds").join(" ") }),
};

/** "Quote q1 added/saved", and what the check against the document found. */
export function quoteSaved(quote: Pick<QuoteItem, "ref" | "verification">, verb: "added" | "saved"): string {
  if (quote.verification === "altered")
    return `Quote ${quote.ref} ${verb}, but its words differ from the document's captured text: see the differences.`;
  if (verb === "added" && quote.verification === "verbatim") return `Quote ${quote.ref} added: its words are verbatim in the document.`;
  if (verb === "added" || quote.verification === "not_found")
    return `Quote ${quote.ref} ${verb}, but its words were not found in the document's captured text. Check them.`;
  return `Quote ${quote.ref} saved.`;
}
