// A quote is verbatim when its words appear in the cited document's captured text
// once typography is set aside: curly and straight quote marks, apostrophes, dashes
// and runs of whitespace compare equal. Anything else is "not found" until a closer
// check (altered, with a diff) or a hand check says otherwise.
export type AutomaticVerification = "verbatim" | "not_found";

const SUBSTITUTIONS: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, "-"],
  [/\s+/g, " "],
];

export function normaliseForMatching(text: string): string {
  let out = text.normalize("NFC");
  for (const [pattern, replacement] of SUBSTITUTIONS) out = out.replace(pattern, replacement);
  return out.trim();
}

export function verifyQuote(quote: string, capturedText: string): AutomaticVerification {
  const words = normaliseForMatching(quote);
  if (!words) return "not_found";
  return normaliseForMatching(capturedText).includes(words) ? "verbatim" : "not_found";
}
