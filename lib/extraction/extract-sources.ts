// Source candidates: the organisations and outlets the text names as speakers (“the
// foreign ministry said”), as the employer in a speaker's title ("a spokesman for
// Ukraine’s Ministry of Foreign Affairs"), as reporters ("Russian state media
// reported") or as publishers ("(Reuters) -", "told the Associated Press", "figures
// published by the Regional Transport Authority"), and every organisation the text
// names at all: a name ending in an organisation word ("Arden and District Chamber of
// Commerce", "Nordic Polar Research Fund", "University of Harlow", "Harlow Gazette"), a
// name in apposition to one ("The company, Severn Vale Water,", "Danubia Roads, the
// private operator"), a name someone founded, a name in a dateline's brackets. A
// shorter name of one already proposed ("the Ministry of the Sea" after "the Ministry
// of the Sea of Aurigny") is the same source; an acronym the text gives in brackets
// ("(CNAM)") is matched to the registry too. Each is matched against the registry or
// else proposed as new.
import { normaliseSourceName, registryMatcher, type RegistryEntry } from "./match-source";
import { words } from "./speaker-phrase";
import type { EventCandidate, ProposedSourceKind, QuoteCandidate, SourceCandidate, SourceRole, Span } from "./types";
import { AGENCY_WORDS, GOVERNMENT_WORDS, OUTLET_WORDS } from "./words";

const PUBLISHER =
  /\((Reuters|AP|AFP|Bloomberg|Xinhua|Yonhap|TASS)\)|\b(?:told|according to|reported by|published by|figures from|data from|in an interview with)[ \t]+(?:(the)[ \t]+)?(\p{Lu}(?:[\p{L}&'-]|\.(?=\p{L}))*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)?\p{Lu}(?:[\p{L}&'-]|\.(?=\p{L}))*){0,5})/gu;

/** The mentions of one source marked in the text. */
const MAX_SPANS = 50;
/** How far into a text organisation names are looked for: the work stays linear and bounded whatever the text. */
const MAX_SCAN_CHARS = 200_000;

/** Capitalised words that make a name an organisation's when the name ends in them (or in them and "of …"). */
const ORGANISATION_WORDS = new Set(
  `
  Ministry Department Council Committee Commission Authority Agency Board Bureau Office Institute Institution Fund
  Foundation Trust Association Federation Union Guild Cooperative Co-operative Chamber Society League Party Bank
  Court Tribunal University College Company Corporation Group Holdings Inc Ltd Partners Service Services Police
  Parliament Assembly Senate Government Administration Observatory Laboratory Network Alliance Coalition Organisation
  Organization Gazette Courier Herald Times Post Tribune Journal Chronicle Observer Standard Mirror Express Examiner
  Monitor Press News Radio Television Broadcasting Daily Weekly Terminals Airlines Railways Rail Hospital Clinic
  Infirmary Star Sun Globe Echo Sentinel Bulletin Dispatch Inquirer
`
    .trim()
    .split(/\s+/),
);
/** Words that open a sentence or a title, never the first word of an organisation's name. */
const NOT_IN_NAME = new Set(
  `
  The A An In On At Since After Before For By From With And But Its Their His Her Our This That These Those When While
  If As Last Next Every Each Mr Mrs Ms Dr President Minister Mayor Prefect Chairman Chairwoman Director Secretary
  Spokesman Spokeswoman Councillor Governor Judge Professor Chief Executive Head Member Members Former Opposition
`
    .trim()
    .split(/\s+/),
);
const CONNECTOR = /^(?:of|for|and|de|del|du|des|la|le|the|&)$/;
const DAY_OR_MONTH =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const NAME = "\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:(?:de|del|la|le|of|and|&)\\s+)?\\p{Lu}[\\p{L}'’&-]*){0,4}";
const KIND_NOUNS =
  "company|operator|firm|cooperative|co-operative|group|chain|regulator|utility|insurer|bank|airline|retailer|charity|union|association|agency|newspaper|broadcaster|publisher|manufacturer|developer|contractor|supplier|carrier|producer|lender|club";
/** "The company, Severn Vale Water," / "The regulator, the Water Services Authority," */
const NOUN_THEN_NAME = new RegExp(`\\b(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+(?:[a-z-]+\\s+){0,2}(${KIND_NOUNS}),\\s+(?:the\\s+)?(${NAME}),`, "gu");
/** "Danubia Roads, the private operator that …" */
const NAME_THEN_NOUN = new RegExp(
  `(?:^|[.!?]\\s+|\\n)(${NAME}),\\s+(?:the|a|an)\\s+(?:(?!(?:for|of|at|with|to|from|by|in)\\s)[a-z-]+\\s+){0,3}(${KIND_NOUNS})\\b`,
  "gu",
);
/** "the Save Castlebridge Maternity group": a name, then what kind of group it is */
const NAME_THEN_GROUP =
  /\b[Tt]he\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,4})\s+(?:group|campaign|charity|coalition|network|movement|collective|alliance)\b/gu;
/** "founded Pan de Barrio" */
const FOUNDED = new RegExp(`\\b(?:founded|co-founded|set up)\\s+(${NAME})`, "gu");
/** "KESSEL, Feb 3 (Continental Press) -" */
const DATELINE_AGENCY = new RegExp(`^\\p{Lu}[\\p{Lu}\\s.'-]+,[^\\n()]{3,30}\\((${NAME})\\)\\s*[-–—]`, "mu");

/** The names of organisations the text holds, with where each is, in the order of the text. */
export function organisationNames(text: string): { name: string; start: number; kind?: ProposedSourceKind }[] {
  const scanned = text.slice(0, MAX_SCAN_CHARS);
  const found: { name: string; start: number; kind?: ProposedSourceKind }[] = [];
  const list = words(scanned);
  const gap = (i: number) => scanned.slice(list[i]!.end, list[i + 1]!.start);
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  for (let i = 0; i < list.length; i++) {
    if (!ORGANISATION_WORDS.has(list[i]!.text)) continue;
    // "Water Services Authority": the name ends at its last capitalised word, read from there
    const following = list[i + 1]?.text ?? "";
    if (capital(following) && /^[ \t]+$/.test(gap(i)) && !NOT_IN_NAME.has(following) && !DAY_OR_MONTH.test(following)) continue;
    // leftwards over capitalised words ("Arden and District Chamber"), never a title or a sentence's first word
    let from = i;
    while (from > 0 && /^[ \t]+$/.test(gap(from - 1))) {
      const previous = list[from - 1]!.text;
      if (capital(previous) && !NOT_IN_NAME.has(previous) && !DAY_OR_MONTH.test(previous)) from--;
      else if (
        previous === "and" &&
        from > 1 &&
        /^[ \t]+$/.test(gap(from - 2)) &&
        capital(list[from - 2]!.text) &&
        !NOT_IN_NAME.has(list[from - 2]!.text)
      )
        from -= 2;
      else break;
    }
    // rightwards over "of Commerce", "of the Sea of Aurigny", "for Regional Affairs"
    let to = i;
    for (;;) {
      let j = to + 1;
      while (j < list.length && j <= to + 2 && CONNECTOR.test(list[j]!.text) && /^[ \t]+$/.test(gap(j - 1))) j++;
      // "the Health Board and the Royal College": two names, not one
      if (list[to + 1]?.text === "and" && j > to + 2) break;
      if (
        j > to + 1 &&
        j < list.length &&
        capital(list[j]!.text) &&
        /^[ \t]+$/.test(gap(j - 1)) &&
        !NOT_IN_NAME.has(list[j]!.text) &&
        !DAY_OR_MONTH.test(list[j]!.text)
      ) {
        to = j;
        while (to + 1 < list.length && capital(list[to + 1]!.text) && /^[ \t]+$/.test(gap(to)) && !NOT_IN_NAME.has(list[to + 1]!.text))
          to++;
      } else break;
    }
    if (to === from) continue;
    found.push({ name: scanned.slice(list[from]!.start, list[to]!.end), start: list[from]!.start });
    i = Math.max(i, to);
  }
  const named = (name: string, start: number, kind?: ProposedSourceKind) =>
    found.push({ name: name.replace(/^the\s+/i, ""), start, ...(kind ? { kind } : {}) });
  for (const match of scanned.matchAll(NOUN_THEN_NAME))
    named(match[2]!, match.index + match[0].lastIndexOf(match[2]!), nounKind(match[1]!));
  for (const match of scanned.matchAll(NAME_THEN_NOUN)) named(match[1]!, match.index + match[0].indexOf(match[1]!), nounKind(match[2]!));
  for (const match of scanned.matchAll(FOUNDED)) named(match[1]!, match.index + match[0].indexOf(match[1]!), "organisation");
  for (const match of scanned.matchAll(NAME_THEN_GROUP)) named(match[1]!, match.index + match[0].indexOf(match[1]!), "organisation");
  const dateline = DATELINE_AGENCY.exec(scanned.slice(0, 2000));
  if (dateline) named(dateline[1]!, dateline.index + dateline[0].indexOf(dateline[1]!), "agency");
  // a name read twice (as an organisation word's, and in a dateline): the reading that knows its kind first
  return found.sort((a, b) => a.start - b.start || (a.kind ? -1 : 0) + (b.kind ? 1 : 0));
}

function nounKind(noun: string): ProposedSourceKind {
  if (/newspaper|broadcaster|publisher/.test(noun)) return "outlet";
  if (noun === "agency") return "agency";
  if (noun === "regulator") return "government";
  return "organisation";
}

/** The acronym a text gives a name in brackets: "National Maritime Insurance Fund (CNAM)". */
function acronymAfter(text: string, name: string, at: number): string | null {
  const match = /^\s*\((\p{Lu}[\p{Lu}&.]{1,9})\)/u.exec(text.slice(at + name.length, at + name.length + 16));
  return match?.[1] ?? null;
}

export function sourceKindOf(name: string): ProposedSourceKind {
  if (AGENCY_WORDS.test(name)) return "agency";
  if (OUTLET_WORDS.test(name)) return "outlet";
  if (GOVERNMENT_WORDS.test(name)) return "government";
  return "organisation";
}

export function extractSources(
  text: string,
  quotes: readonly QuoteCandidate[],
  events: readonly EventCandidate[],
  registry: readonly RegistryEntry[],
): SourceCandidate[] {
  const byKey = new Map<string, SourceCandidate>();
  const matchSource = registryMatcher(registry);
  const marked = new Set<string>();
  const add = (name: string, role: SourceRole, span: Span | null, kind?: ProposedSourceKind) => {
    const clean = name.replace(/[\s,.;:]+$/, "").trim();
    let normalised = normaliseSourceName(clean);
    if (!normalised || (!/^\p{Lu}/u.test(clean.replace(/^the\s+/i, "")) && !/\b(?:ministry|media|government|council)\b/i.test(clean)))
      return;
    // "the Ministry of the Sea" after "the Ministry of the Sea of Aurigny", "CNAM" after "… Fund (CNAM)": the same source
    const longer = byKey.has(`source:${normalised}`)
      ? undefined
      : [...byKey.values()].find((s) => s.key.startsWith(`source:${normalised} `) || aliases.get(s.key) === clean);
    if (longer) normalised = longer.key.slice("source:".length);
    const key = `source:${normalised}`;
    const existing = byKey.get(key);
    if (existing) {
      // a source named again is marked again, up to a point: the first mentions show where it is named
      if (span && existing.spans.length < MAX_SPANS && !marked.has(`${key} ${span.start}`)) existing.spans.push(span);
      if (span) marked.add(`${key} ${span.start}`);
      return;
    }
    if (span) marked.add(`${key} ${span.start}`);
    const acronym = span ? acronymAfter(text, clean, span.start) : null;
    if (acronym) aliases.set(key, acronym);
    const match = matchSource(clean) ?? (acronym ? matchSource(acronym) : null);
    byKey.set(key, {
      key,
      kind: "source",
      name: clean,
      sourceKind: kind ?? sourceKindOf(clean),
      role,
      spans: span ? [span] : [],
      match: match && { id: match.id, name: match.name },
    });
  };
  const aliases = new Map<string, string>();
  const firstAt = new Map<string, number>();
  const find = (name: string): Span | null => {
    if (!firstAt.has(name)) firstAt.set(name, text.indexOf(name));
    const at = firstAt.get(name)!;
    return at >= 0 ? { start: at, end: at + name.length } : null;
  };
  for (const quote of quotes) {
    if (quote.speakerOrganisation) add(quote.speakerOrganisation, "speaker", find(quote.speakerOrganisation));
  }
  for (const event of events) if (event.reportedBy) add(event.reportedBy, "reporter", find(event.reportedBy));
  for (const match of text.matchAll(PUBLISHER)) {
    const name = (match[1] ?? match[3] ?? "").replace(/[\s,.;:]+$/, "").trim();
    // "told the Arnsdorf Courier": with an article it is an institution; without one ("according to Keller") it may be a person
    const institution = match[2] !== undefined || OUTLET_WORDS.test(name) || AGENCY_WORDS.test(name) || GOVERNMENT_WORDS.test(name);
    if (!name || (match[3] && !institution)) continue;
    const at = match.index + match[0].indexOf(name);
    add(name, "publisher", { start: at, end: at + name.length });
  }
  for (const { name, start, kind } of organisationNames(text)) add(name, "speaker", { start, end: start + name.length }, kind);
  return [...byKey.values()];
}
