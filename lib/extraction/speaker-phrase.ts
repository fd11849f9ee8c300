// Reading who a speaker phrase names: "Oleh Nikolenko, a spokesman for Ukraine’s
// Ministry of Foreign Affairs" is a person with a title and an organisation;
// "North Korea’s leader Kim Jong-Un" a person with the title before the name;
// "Russian state media" and "the foreign ministry" organisations (the second one to
// be resolved against an earlier mention); "It" and "he" pronouns; "the minister",
// "the board's chairman" and "the 54-year-old" a person named earlier, found by title
// or age; "The Minister of the Sea, Ms Élodie Marchand" a person with the title first.
import {
  ADVERBIAL_STARTS,
  COMMON_VERBS,
  GOVERNMENT_WORDS,
  NAME_TITLES,
  NATIONALITY,
  ORGANISATION_HEADS,
  OUTLET_WORDS,
  PRONOUNS,
  ROLE_HEADS,
  SPEECH_VERBS,
} from "./words";

export type SpeakerPhrase =
  | { kind: "pronoun"; refersTo: "person" | "organisation" | "any" }
  | {
      kind: "person" | "organisation" | "single";
      name: string;
      title: string;
      organisation: string | null;
      /** "the foreign ministry", "a council spokesperson": to be resolved against earlier mentions */
      definite: boolean;
      /** the head noun of an unnamed organisation or role ("ministry", "spokesperson") */
      head: string | null;
      /** "the minister", "the 54-year-old": someone named earlier, found by title or age */
      byTitle?: boolean;
      /** found by a noun that is no known title ("the organiser"): someone titled so earlier, or no one */
      generic?: boolean;
      age?: number;
    };

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}’'\-.]*/gu;
const CONNECTORS = new Set(["of", "for", "and", "the", "de", "da", "van", "von", "bin", "al", "del", "der", "on"]);
const ARTICLE = /^(?:the|a|an|its|their|his|her)\s+/i;
/** Capitalised words that name a day or a month, never a speaker. */
const DATE_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

type Word = { text: string; start: number; end: number };

export function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    const word = m[0].replace(/\.+$/, (dots) => (NAME_TITLES.has(m[0]) ? dots : ""));
    return { text: word, start: m.index, end: m.index + word.length };
  });
}

const isCapital = (word: string) => /^\p{Lu}/u.test(word);
export const isPossessive = (word: string) => /[’']s?$/.test(word) && /\p{L}[’']s?$/u.test(word) && !/^\p{Lu}[’']/u.test(word);

/** A lowercase word that looks like a finite verb: where a subject ends. */
export function isVerbLike(word: string): boolean {
  const lower = word.toLowerCase();
  if (word !== lower) return false;
  return COMMON_VERBS.has(lower) || SPEECH_VERBS.has(lower) || (/ed$/.test(lower) && lower.length > 4 && !lower.includes("-"));
}

export function isAdverbialPart(part: string): boolean {
  const [one, two] = words(part);
  const first = one?.text.toLowerCase() ?? "";
  // "Accompanied by the Prefect, …": a participle clause
  const participle = /(?:ed|en)$/.test(first) && two?.text === "by";
  return ADVERBIAL_STARTS.has(first) || /ing$/.test(first) || /^\d/.test(first) || participle;
}

/** Splits at commas outside quote marks. */
function commaParts(text: string): string[] {
  return text
    .split(/,(?![^“]*”)/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The subject at the end of `chunk`, the text before a verb: leading adverbial
 * phrases and any earlier clause are set aside, an appositive kept.
 */
export function subjectOf(chunk: string): string {
  // relative clauses ("The Environment Agency, which will fund half of it, said") are no clause of their own
  let parts = commaParts(chunk.replace(/\s*[—–]\s*$/, "")).filter((part) => !/^(?:which|who|whose|where)\b/i.test(part));
  const lastClause = parts.findLastIndex((part) => words(part).some((w) => isVerbLike(w.text)));
  if (lastClause >= 0) parts = parts.slice(lastClause + 1);
  while (parts.length > 0 && isAdverbialPart(parts[0]!)) parts = parts.slice(1);
  return parts.join(", ");
}

function properRuns(list: Word[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  let i = 0;
  while (i < list.length) {
    if (!isCapital(textAt(list, i))) {
      i++;
      continue;
    }
    let to = i;
    while (to + 1 < list.length && !isPossessive(textAt(list, to))) {
      const next = textAt(list, to + 1);
      if (isCapital(next)) to++;
      else if (CONNECTORS.has(next) && to + 2 < list.length && isCapital(textAt(list, to + 2))) to += 2;
      else break;
    }
    runs.push({ from: i, to });
    i = to + 1;
  }
  return runs;
}

const join = (source: string, list: Word[], from: number, to: number) => (from > to ? "" : source.slice(list[from]!.start, list[to]!.end));
const textAt = (list: Word[], i: number) => list[i]?.text ?? "";
const stripArticle = (text: string) => text.replace(ARTICLE, "").trim();

function organisationIn(title: string): string | null {
  const match = /\b(?:for|of|at|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'\-]*\s*)(?:(?:of|for|and|the)\s+|\p{Lu}[\p{L}’'\-]*\s*)*)$/u.exec(
    title,
  );
  return match?.[1]?.trim() ?? null;
}

/** The organisation a title names, when it names one ("President of the Regional Fisheries Committee"; not "Minister of the Sea"). */
function employerIn(title: string): string | null {
  const organisation = organisationIn(title);
  return organisation && looksLikeOrganisation(organisation) ? organisation : null;
}

export function looksLikeOrganisation(name: string): boolean {
  return (
    GOVERNMENT_WORDS.test(name) ||
    OUTLET_WORDS.test(name) ||
    /\b(?:Union|Terminals|Group|Inc|Ltd|Corporation|Company|Institute|Foundation|Archive|Association|Party|Bank|Fund|Organi[sz]ation|Authority|Agency|Court|Hospital|Clinic|Infirmary|University|College|Federation|Guild|Cooperative|Chamber|Committee|Board|Trust)\b/.test(
      name,
    )
  );
}

/** Every title and role word, in lower case: what "the minister" or "its president" is found by. */
const TITLE_WORDS = new Set([...NAME_TITLES, ...ROLE_HEADS].map((w) => w.toLowerCase().replace(/\.$/, "")));
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?\s+/;
const DEFINITE = /^(?:the|its|their|his|her)$/i;
const AGE = /^(?:the\s+)(\d{1,3})-year-old\b/i;

/** "Pavel Dušek", "Mr Yannick Le Gall": two to five words, the first and last capitalised, no organisation in them. */
const NAME_SHAPE =
  /^\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?\s+)?\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+(?:(?:le|la|de|da|van|von|der|bin|al|del|di|du|dos)\s+)?\p{Lu}[\p{L}\p{M}’'.-]*){1,4}\s*$/u;

export function personName(text: string): string | null {
  // most comma-separated parts are no name: ruled out before any word is read
  if (text.length > 80 || !NAME_SHAPE.test(text)) return null;
  const name = text.trim().replace(HONORIFIC, "");
  const list = words(name);
  if (list.length < 2 || list.length > 5 || list.length !== name.split(/\s+/).length) return null;
  if (!isCapital(list[0]!.text) || !isCapital(list.at(-1)!.text) || list.some((w) => isPossessive(w.text) || DATE_NAME.test(w.text)))
    return null;
  if (list.some((w) => !isCapital(w.text) && !/^(?:le|la|de|da|van|von|der|bin|al|del|di|du|dos)$/.test(w.text))) return null;
  if (looksLikeOrganisation(name) || list.some((w) => TITLE_WORDS.has(w.text.toLowerCase()))) return null;
  return name;
}

/**
 * "the Minister of the Sea", "its president", "the board's chairman": a title after a
 * definite article or a possessive, its head the last title word before "of" or "for".
 */
export function titlePhrase(text: string): { title: string; head: string; generic?: boolean } | null {
  const list = words(text);
  if (list.length < 2 || list.length > 10) return null;
  const first = list[0]!.text;
  if (!DEFINITE.test(first) && !(isPossessive(first) && isCapital(first))) return null;
  let from = 1;
  // "the board's chairman", "the company's chief executive"
  while (from < list.length - 1 && !TITLE_WORDS.has(list[from]!.text.toLowerCase()) && !/^(?:of|for|at)$/.test(list[from]!.text)) from++;
  let head = "";
  for (let i = 1; i < list.length && !/^(?:of|for|at)$/.test(list[i]!.text); i++) {
    const word = list[i]!.text.toLowerCase().replace(/\.$/, "");
    if (TITLE_WORDS.has(word)) head = word;
    else if (head) return null;
  }
  const title = text.slice(list[DEFINITE.test(first) ? 1 : 0]!.start).trim();
  if (head) return { title, head };
  // "the organiser": any lower-case noun a person was titled with earlier (resolved only to such a person)
  const last = list.at(-1)!.text;
  if (
    DEFINITE.test(first) &&
    list.length <= 3 &&
    list.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w.text)) &&
    !ORGANISATION_HEADS.has(last) &&
    !isVerbLike(last)
  ) {
    return { title, head: last, generic: true };
  }
  return null;
}

export function parseSpeakerPhrase(raw: string): SpeakerPhrase | null {
  const phrase = raw
    .replace(/\s+(?:on\s+\p{Lu}\p{Ll}+day|yesterday|today|last\s+\w+|this\s+\w+|in\s+(?:a|an)\s+[\w\s]+?|at\s+a\s+[\w\s]+?)\s*$/u, "")
    .replace(/[\s,.;:!?]+$/, "")
    .trim();
  if (!phrase) return null;
  const pronoun = PRONOUNS[phrase.toLowerCase()];
  if (pronoun) return { kind: "pronoun", refersTo: pronoun };
  const [first = "", ...appositives] = commaParts(phrase);
  const age = AGE.exec(first);
  if (age)
    return { kind: "person", name: "", title: "", organisation: null, definite: true, head: null, byTitle: true, age: Number(age[1]) };
  // "The Minister of the Sea, Ms Élodie Marchand": the title first, then the name
  const named = appositives[0] !== undefined ? personName(appositives[0]) : null;
  const titled = titlePhrase(first);
  if (titled && named)
    return { kind: "person", name: named, title: titled.title, organisation: employerIn(titled.title), definite: false, head: null };
  if (titled && appositives.length === 0) {
    return {
      kind: "person",
      name: titled.title,
      title: titled.title,
      organisation: employerIn(titled.title),
      definite: true,
      head: titled.head,
      byTitle: true,
      ...(titled.generic ? { generic: true } : {}),
    };
  }
  // "St Anne's Hospital", "The Environment Agency": an organisation's name, possessive and all
  const bare = stripArticle(first);
  if (
    /^\p{Lu}/u.test(bare) &&
    looksLikeOrganisation(bare) &&
    words(bare).every((w) => isCapital(w.text) || CONNECTORS.has(w.text)) &&
    !titled
  ) {
    return { kind: "organisation", name: bare, title: "", organisation: null, definite: false, head: null };
  }
  // "prosecutor Sarah Quinn during her closing speech": the speaker ends where a circumstance begins
  const head = first.replace(/(\p{Lu}[\p{L}’'-]*)\s+(?:during|at|in|on|outside|after|before|while|from|to|with|when|as)\s.*$/u, "$1");
  const list = words(head);
  if (list.length === 0 || list.length > 12) return null;
  const last = textAt(list, list.length - 1);
  const runs = properRuns(list).filter((run) => !(run.from === 0 && run.to === 0 && ADVERBIAL_STARTS.has(textAt(list, 0).toLowerCase())));
  const finalRun = runs.at(-1);
  // an age ("Martin Hale, 61,") is no title
  const appositive = appositives[0] && !/^\d+$/.test(appositives[0]) ? stripArticle(appositives[0]) : "";
  const years = appositives[0] && /^\d{1,3}$/.test(appositives[0]) ? { age: Number(appositives[0]) } : {};

  if (finalRun && finalRun.to === list.length - 1 && !isPossessive(last) && !DATE_NAME.test(last)) {
    let from = finalRun.from;
    // title words leading the name: "Russian President", "Councillor"
    while (
      from < finalRun.to &&
      (NAME_TITLES.has(textAt(list, from)) || (NATIONALITY.test(textAt(list, from)) && NAME_TITLES.has(textAt(list, from + 1))))
    )
      from++;
    const article = textAt(list, from) === "The" && from < finalRun.to && from === 0;
    if (article) from++;
    const name = join(head, list, from, finalRun.to);
    // "Mr." and the like are no title
    const before = article ? "" : stripArticle(join(head, list, 0, from - 1)).replace(/^(?:Mr|Mrs|Ms|Miss|Mx)\.?$/, "");
    const title = [before, appositive].filter(Boolean).join(", ");
    const single = from === finalRun.to;
    const organisation = looksLikeOrganisation(name) || (before !== "" && ORGANISATION_HEADS.has(textAt(list, from - 1).toLowerCase()));
    return {
      kind: organisation ? "organisation" : single ? "single" : "person",
      name,
      title,
      organisation: organisationIn(title),
      definite: false,
      head: null,
      ...years,
    };
  }
  const lower = last.toLowerCase();
  if (ORGANISATION_HEADS.has(lower) || ROLE_HEADS.has(lower)) {
    const name = stripArticle(head);
    const named = appositive && isCapital(appositive) && !appositive.includes(" of the ") ? appositive : null;
    const isOrganisation = ORGANISATION_HEADS.has(lower);
    if (named)
      return {
        kind: isOrganisation ? "organisation" : "person",
        name: named,
        title: name,
        organisation: null,
        definite: false,
        head: null,
      };
    const owned = list.some((w) => isPossessive(w.text) && isCapital(w.text)) || /^\p{Lu}/u.test(name);
    return {
      kind: isOrganisation ? "organisation" : "person",
      name,
      title: isOrganisation ? "" : appositive,
      organisation: null,
      definite: !owned || !isOrganisation,
      head: lower,
    };
  }
  return null;
}

/**
 * People a sentence introduces with a title anywhere in it, not only as its subject:
 * "… with the Mayor of Arden, Pavel Dušek, and …", "Accompanied by the Prefect of the
 * Northern Coast, Mr Yannick Le Gall, …" — so that "the Mayor" and "the Prefect" can be
 * resolved to them later.
 */
export function titledMentions(sentence: string): { name: string; title: string; organisation: string | null }[] {
  if (!sentence.includes(",")) return [];
  const parts = sentence.split(",");
  const found: { name: string; title: string; organisation: string | null }[] = [];
  for (let i = 0; i + 1 < parts.length; i++) {
    const name = personName(parts[i + 1]!);
    if (!name) continue;
    // the title: the last few words of the part before, from a "the" or a possessive
    const before = words(parts[i]!);
    for (let from = Math.max(0, before.length - 9); from < before.length - 1; from++) {
      const word = before[from]!.text;
      if (!DEFINITE.test(word) && !(isPossessive(word) && isCapital(word))) continue;
      const titled = titlePhrase(parts[i]!.slice(before[from]!.start));
      if (titled) {
        found.push({ name, title: titled.title, organisation: employerIn(titled.title) });
        break;
      }
    }
  }
  return found;
}
