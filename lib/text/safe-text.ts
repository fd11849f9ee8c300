// Text that PostgreSQL and UTF-8 can hold exactly as given. A NUL character cannot be
// stored in a text column (PostgreSQL refuses it with error 22021), and a lone UTF-16
// surrogate has no UTF-8 form (the driver would silently store U+FFFD instead). Both
// are refused at the edge of every input — parseInput (lib/validation.ts) for forms,
// server actions and API bodies; the proxy for paths and query strings — with a
// message, so nothing reaches the database to fail there or be changed on the way.

export const NUL_MESSAGE = "Remove the invisible NUL character (U+0000): text cannot contain it.";
export const SURROGATE_MESSAGE = "This text contains a broken character (a lone UTF-16 surrogate); type or paste it again.";
export const INVISIBLE_MESSAGE = "Use visible characters: this has only spaces or invisible characters.";

/** Why `value` cannot be stored as text, or undefined when it can. */
export function unsafeTextProblem(value: string): string | undefined {
  if (value.includes("\u0000")) return NUL_MESSAGE;
  if (/\p{Cs}/u.test(value)) return SURROGATE_MESSAGE; // with the u flag, only an unpaired surrogate is one code point of Cs
  return undefined;
}

/** A zod check for one text field: `z.string().refine(isSafeText, …)` or via parseInput. */
export const isSafeText = (value: string): boolean => unsafeTextProblem(value) === undefined;

const MAX_DEPTH = 32;

/**
 * The problem of every string inside `input` (plain objects and arrays, as forms and
 * JSON bodies give them), by the dotted path zod would report for it. Keys are
 * checked too: a bad key would otherwise reach a JSON column.
 */
export function unsafeTextFields(input: unknown, path: string[] = [], found: Record<string, string[]> = {}): Record<string, string[]> {
  const at = (key: string[]) => key.join(".") || "form";
  if (typeof input === "string") {
    const problem = unsafeTextProblem(input);
    if (problem) (found[at(path)] ??= []).push(problem);
  } else if (path.length < MAX_DEPTH && Array.isArray(input)) {
    input.forEach((item, index) => unsafeTextFields(item, [...path, String(index)], found));
  } else if (path.length < MAX_DEPTH && input !== null && typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype) {
    for (const [key, value] of Object.entries(input)) {
      const problem = unsafeTextProblem(key);
      if (problem) (found[at([...path, "key"])] ??= []).push(problem);
      else unsafeTextFields(value, [...path, key], found);
    }
  }
  return found;
}

/**
 * Text with nothing a reader can see: empty, or only white space, control and format
 * characters (zero-width spaces and joiners, direction marks, BOM, soft hyphen…).
 */
export function isInvisibleText(value: string): boolean {
  return /^[\p{White_Space}\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800\u034F\u180E]*$/u.test(value);
}

/**
 * A URL path or query that cannot name anything: a percent-encoding that does not
 * decode to UTF-8 (`/briefs/%ff`), or NUL / a lone surrogate anywhere once decoded.
 */
export function isUnsafeUrl(url: URL): boolean {
  for (const segment of url.pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return true;
    }
    if (unsafeTextProblem(decoded)) return true;
  }
  for (const [key, value] of url.searchParams) {
    if (unsafeTextProblem(key) || unsafeTextProblem(value)) return true;
  }
  return false;
}
