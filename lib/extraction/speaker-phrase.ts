// Reading who a speaker phrase names: "Oleh Nikolenko, a spokesman for Ukraine’s
// Ministry of Foreign Affairs" is a person with a title and an organisation;
// "North Korea’s leader Kim Jong-Un" a person with the title before the name;
// "Russian state media" and "the foreign ministry" organisations (the second one to
// be resolved against an earlier mention); "It" and "he" pronouns.
import {
  ADVERBIAL_STARTS, COMMON_VERBS, GOVERNMENT_WORDS, NAME_TITLES, NATIONALITY, ORGANISATION_HEADS, OUTLET_WORDS,
  PRONOUNS, ROLE_HEADS, SPEECH_VERBS,
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
    };

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}’'\-.]*/gu;
const CONNECTORS = new Set(["of", "for", "and", "the", "de", "da", "van", "von", "bin", "al", "del", "der", "on"]);
const ARTICLE = /^(?:the|a|an|its|their|his|her)\s+/i;
/** Capitalised words that name a day or a month, never a speaker. */
const DATE_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

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
  const first = words(part)[0]?.text.toLowerCase() ?? "";
  return ADVERBIAL_STARTS.has(first) || /ing$/.test(first) || /^\d/.test(first);
}

/** Splits at commas outside quote marks. */
function commaParts(text: string): string[] {
  return text.split(/,(?![^“]*”)/).map((part) => part.trim()).filter(Boolean);
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
  const match = /\b(?:for|of|at|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'\-]*\s*)(?:(?:of|for|and|the)\s+|\p{Lu}[\p{L}’'\-]*\s*)*)$/u.exec(title);
  return match?.[1]?.trim() ?? null;
}

function looksLikeOrganisation(name: string): boolean {
  return GOVERNMENT_WORDS.test(name) || OUTLET_WORDS.test(name) || /\b(?:Union|Terminals|Group|Inc|Ltd|Corporation|Company|Institute|Foundation|Archive|Association|Party|Bank|Fund|Organi[sz]ation|Authority|Agency|Court)\b/.test(name);
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
  // "prosecutor Sarah Quinn during her closing speech": the speaker ends where a circumstance begins
  const head = first.replace(/(\p{Lu}[\p{L}’'-]*)\s+(?:during|at|in|on|outside|after|before|while|from|to|with|when|as)\s.*$/u, "$1");
  const list = words(head);
  if (list.length === 0 || list.length > 12) return null;
  const last = textAt(list, list.length - 1);
  const runs = properRuns(list).filter((run) => !(run.from === 0 && run.to === 0 && ADVERBIAL_STARTS.has(textAt(list, 0).toLowerCase())));
  const finalRun = runs.at(-1);
  // an age ("Martin Hale, 61,") is no title
  const appositive = appositives[0] && !/^\d+$/.test(appositives[0]) ? stripArticle(appositives[0]) : "";

  if (finalRun && finalRun.to === list.length - 1 && !isPossessive(last) && !DATE_NAME.test(last)) {
    let from = finalRun.from;
    // title words leading the name: "Russian President", "Councillor"
    while (from < finalRun.to && (NAME_TITLES.has(textAt(list, from)) || (NATIONALITY.test(textAt(list, from)) && NAME_TITLES.has(textAt(list, from + 1))))) from++;
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
      name, title, organisation: organisationIn(title), definite: false, head: null,
    };
  }
  const lower = last.toLowerCase();
  if (ORGANISATION_HEADS.has(lower) || ROLE_HEADS.has(lower)) {
    const name = stripArticle(head);
    const named = appositive && isCapital(appositive) && !appositive.includes(" of the ") ? appositive : null;
    const isOrganisation = ORGANISATION_HEADS.has(lower);
    if (named) return { kind: isOrganisation ? "organisation" : "person", name: named, title: name, organisation: null, definite: false, head: null };
    const owned = list.some((w) => isPossessive(w.text) && isCapital(w.text)) || /^\p{Lu}/u.test(name);
    return {
      kind: isOrganisation ? "organisation" : "person",
      name, title: isOrganisation ? "" : appositive, organisation: null,
      definite: !owned || !isOrganisation, head: lower,
    };
  }
  return null;
}
