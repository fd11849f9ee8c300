// A quote's verification status, as stored with it: verbatim when its words are in the
// cited document's captured text once typography is set aside (quote marks,
// apostrophes, dashes, whitespace, Unicode normal form), with an ellipsis standing for
// words left out and [brackets] for editorial insertions; altered when a close passage
// differs in some words; not found otherwise. A hand check is a reviewer's, never this.
// The passage and the word diff behind a status: matchQuote in ./match-quote.
import { verificationStatus, type AutomaticVerification } from "./match-quote";

export type { AutomaticVerification } from "./match-quote";
export { normaliseForMatching } from "./quote-text";

export function verifyQuote(quote: string, capturedText: string): AutomaticVerification {
  return verificationStatus(quote, capturedText);
}
