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

/** Every source matched against the registry at once: the registry's names are normalised once, not once per source. */
export function matchSources<T extends { name: string; match: { id: string; name: string } | null }>(sources: readonly T[], registry: readonly RegistryEntry[]): T[] {
  const byName = new Map<string, RegistryEntry>();
  for (const entry of registry) {
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      const normalised = normaliseSourceName(name);
      if (normalised && !byName.has(normalised)) byName.set(normalised, entry);
    }
  }
  return sources.map((source) => {
    const entry = byName.get(normaliseSourceName(source.name));
    return { ...source, match: entry ? { id: entry.id, name: entry.name } : null };
  });
}
