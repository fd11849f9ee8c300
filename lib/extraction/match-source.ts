// Matching a name from the text to the registry, the way an editor would: case,
// diacritics, apostrophes and a leading "the" set aside, and the two ways English
// names a body of a country read alike ("Ukraine’s Ministry of Foreign Affairs",
// "Ministry of Foreign Affairs of Ukraine"; "the foreign ministry" is the "Ministry
// of Foreign Affairs"); a name and its acronym read alike ("European Central Bank",
// "ECB", "E.C.B.").
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

const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "de", "du", "des", "la", "le", "on", "in"]);

/** "ECB" for "ECB", "E.C.B." and "European Central Bank"; null for a name of one word that is no acronym. */
export function acronymOf(name: string): string | null {
  const bare = name.replace(/\./g, "").trim();
  if (/^\p{Lu}{2,8}$/u.test(bare)) return bare;
  const list = normaliseSourceName(name)
    .split(" ")
    .filter((w) => w && !ACRONYM_SKIP.has(w));
  return list.length >= 2
    ? list
        .map((w) => w.charAt(0))
        .join("")
        .toUpperCase()
    : null;
}

/** Whether one of the two names is the other's acronym. */
function sameByAcronym(a: string, b: string): boolean {
  const [bareA, bareB] = [a.replace(/\./g, "").trim(), b.replace(/\./g, "").trim()];
  const isAcronym = (s: string) => /^\p{Lu}{2,8}$/u.test(s);
  if (isAcronym(bareA) === isAcronym(bareB)) return false;
  return acronymOf(a) === acronymOf(b);
}

export function matchSource(name: string, registry: readonly RegistryEntry[]): RegistryEntry | null {
  const wanted = normaliseSourceName(name);
  if (!wanted) return null;
  const names = (entry: RegistryEntry) => [entry.name, ...(entry.aliases ?? [])];
  return (
    registry.find((entry) => names(entry).some((n) => normaliseSourceName(n) === wanted)) ??
    registry.find((entry) => names(entry).some((n) => sameByAcronym(n, name))) ??
    null
  );
}

/** Every source matched against the registry at once: the registry's names are normalised once, not once per source. */
export function matchSources<T extends { name: string; match: { id: string; name: string } | null }>(
  sources: readonly T[],
  registry: readonly RegistryEntry[],
): T[] {
  const match = registryMatcher(registry);
  return sources.map((source) => {
    const entry = match(source.name);
    return { ...source, match: entry ? { id: entry.id, name: entry.name } : null };
  });
}

/** A function that matches a name to the registry as matchSource does, the registry's names read once. */
export function registryMatcher(registry: readonly RegistryEntry[]): (name: string) => RegistryEntry | null {
  const byName = new Map<string, RegistryEntry>();
  const byAcronym = new Map<string, RegistryEntry>();
  for (const entry of registry) {
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      const normalised = normaliseSourceName(name);
      if (normalised && !byName.has(normalised)) byName.set(normalised, entry);
      // "ECB" in the registry: its key is the acronym itself; "European Central Bank": its initials
      const acronym = acronymOf(name);
      const key = acronym && (/^\p{Lu}{2,8}$/u.test(name.replace(/\./g, "").trim()) ? `short ${acronym}` : `long ${acronym}`);
      if (key && !byAcronym.has(key)) byAcronym.set(key, entry);
    }
  }
  return (name) => {
    const acronym = acronymOf(name);
    const short = acronym !== null && /^\p{Lu}{2,8}$/u.test(name.replace(/\./g, "").trim());
    return byName.get(normaliseSourceName(name)) ?? (acronym ? byAcronym.get(`${short ? "long" : "short"} ${acronym}`) : undefined) ?? null;
  };
}
