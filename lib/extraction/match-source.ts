// Matching a name from the text to the registry, the way an editor would: case,
// diacritics, apostrophes and a leading "the" set aside, and the two ways English
// names a body of a country read alike ("Ukraine’s Ministry of Foreign Affairs",
// "Ministry of Foreign Affairs of Ukraine"; "the foreign ministry" is the "Ministry
// of Foreign Affairs").
export type RegistryEntry = { id: string; name: string; aliases?: readonly string[] };

export function normaliseSourceName(name: string): string {
  let out = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'`´]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
  out = out.replace(/\bforeign ministry\b/, "ministry of foreign affairs");
  // "ukraine's ministry of foreign affairs" → "ministry of foreign affairs of ukraine"
  const owned = /^([\p{L}\p{N} ]+?)'s? (.+)$/u.exec(out);
  if (owned) out = `${owned[2]} of ${owned[1]}`;
  return out.replace(/'/g, "");
}

export function matchSource(name: string, registry: readonly RegistryEntry[]): RegistryEntry | null {
  const wanted = normaliseSourceName(name);
  if (!wanted) return null;
  return registry.find((entry) => [entry.name, ...(entry.aliases ?? [])].some((n) => normaliseSourceName(n) === wanted)) ?? null;
}
