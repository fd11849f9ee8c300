// Slugs for briefs, sources and topics: lowercase ASCII words joined by hyphens,
// accents folded ("Agence France-Presse" → "agence-france-presse", "Gazeta Wyborcza
// Łódź" → "gazeta-wyborcza-lodz"), at most 80 characters on a word edge;
// `withSuffix` makes one unique (-2, -3, …).
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

// Letters that Unicode does not decompose into a base letter and an accent.
const FOLDED: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
  ı: "i",
  ħ: "h",
  ŧ: "t",
  ŋ: "n",
};

export function slugify(text: string, fallback = "item"): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[ßæœøđðþłıħŧŋ]/g, (letter) => FOLDED[letter] ?? letter)
    .replace(/['’‘`]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX_LENGTH) break;
    slug = next;
  }
  // A name of only non-Latin script ("新华社") has no ASCII words left.
  return slug || (words[0] ? words[0].slice(0, SLUG_MAX_LENGTH) : fallback);
}

/**
 * `base` if no slug in `taken` has it, else the first free `base-2`, `base-3`, …
 * `taken` holds the slugs already in use that start with `base`.
 */
export function withSuffix(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
