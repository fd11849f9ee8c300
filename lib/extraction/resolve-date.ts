// Date expressions in a sentence, resolved against the document's published date.
// chrono-node reads the expressions it knows ("on 12 June 2022", "last week", "in
// late June" as June, "on Tuesday"); a thin layer on top adds what it leaves out or
// reads too precisely for an editor: the part of a month ("late June"), a week as a
// range, bare years ("in 2014"), a few named days ("Russia’s National Day"), seasons
// ("in the autumn", "next summer"), two days of one month ("17 and 18 June"), and the
// direction of time: a month or day named without its year is the last one before
// publication in a sentence about the past, the next one in a sentence about the
// future ("end of October" in March, "will" → this October). Durations ("in three
// years", "within six months", "over the next year") and the bound of a period
// ("until the end of 2026") are no dates.
import * as chrono from "chrono-node";
import type { DatePrecision } from "@/lib/db/client";
import { toIsoDay } from "@/lib/dates/precision";
import { isVerbLike as verbLike } from "./speaker-phrase";

const words = (text: string) => text.match(/\p{L}+/gu) ?? [];
const isVerbLike = (word: string) => verbLike(word) || /^(?:is|are|was|were|opens?|closes?|starts?|begins?|runs?|ends?)$/.test(word);

export type FoundDate = {
  start: number;
  end: number;
  text: string;
  date: Date;
  dateEnd: Date | null;
  precision: DatePrecision;
  /** the clause speaks of the future ("will open on 1 July") */
  future: boolean;
};

const DAY_MS = 86_400_000;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const FUTURE =
  /\b(?:will|would|shall|next|coming|is due|are due|plans? to|planned|scheduled|expected to|expects?|intends? to|aims? to|is to|are to|until)\b|['’]ll\b/i;
/** "in three years", "within six months", "for five years", "over the next year": how long, not when. */
const DURATION =
  /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few|couple of)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b(?!\s+(?:ago|earlier|before|after|later))/i;
const DURATION_BEFORE = /\b(?:over|during|within|for|throughout|in)\s+the\s+$/i;
/** "until the end of 2026": the bound of a period, not an event */
const BOUND_BEFORE = /\b(?:until|till|through)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i;
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_NAME = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const TWO_DAYS = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME})(?:,?\\s+((?:1[6-9]|20)\\d{2}))?\\b`,
  "g",
);
const SEASON =
  /\b(?:(next|last|this|coming|past)\s+|(?:in|during|by|until|over|through|from)\s+(?:the\s+)?)(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:1[6-9]|20)\d{2}))?\b/gi;
/** meteorological seasons: the first month of each (winter runs into the next year) */
const SEASON_START: Record<string, number> = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 };
const MAYBE_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|week|month|year|yesterday|today|tomorrow|ago|day)/i;
const PART_BEFORE =
  /\b(early|mid|late|end of|the end of|beginning of|the beginning of|start of|the start of|middle of|the middle of)[\s-]*$/i;

/** Days the text may name instead of a date (month, day), for "in recognition of Russia’s National Day". */
const NAMED_DAYS: [RegExp, number, number][] = [
  [/\bRussia(?:[’']s)? (?:National )?Day\b/, 5, 12],
  [/\bVictory Day\b/, 4, 9],
  [/\bChristmas(?: Day)?\b/, 11, 25],
  [/\bNew Year[’']s Day\b/, 0, 1],
  [/\bBastille Day\b/, 6, 14],
];

const DATE_WORD =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tomorrow|tonight|week|month|year|ago)/i;

/** chrono also reads durations ("for a second") and dates counted from another event ("two years after"). */
function readsAsDate(text: string): boolean {
  return DATE_WORD.test(text) && !/\b(?:after|before|later|earlier)\s*$/i.test(text.trim());
}

function partPrecision(word: string): DatePrecision {
  if (/early|beginning|start/i.test(word)) return "early_month";
  if (/mid|middle/i.test(word)) return "mid_month";
  return "late_month";
}

/**
 * The year of a month (and day) named without one: the last before publication when
 * the clause is about the past, the next when it is about the future.
 */
function yearFor(month: number, day: number, publishedOn: Date, future: boolean, wholeMonth: boolean): number {
  const year = publishedOn.getUTCFullYear();
  const first = utc(year, month, wholeMonth ? 1 : day);
  const last = wholeMonth ? utc(year, month + 1, 0) : first;
  if (future) return last.getTime() < publishedOn.getTime() ? year + 1 : year;
  return first.getTime() > publishedOn.getTime() ? year - 1 : year;
}

function fromChrono(
  result: chrono.ParsedResult,
  sentence: string,
  offset: number,
  publishedOn: Date,
  future: boolean,
  thatYear: number | null,
): FoundDate | null {
  const known = (component: chrono.Component) => result.start.isCertain(component);
  const date = result.start.date();
  let day = utc(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  let start = result.index;
  const end = result.index + result.text.trimEnd().replace(/[,.;]$/, "").length;
  const base = { end: offset + end, dateEnd: null as Date | null, future };
  const weekly = /\b(?:last|this|next|past) week\b/i.exec(result.text);
  if (weekly) {
    const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
    return {
      ...base,
      start: offset + start,
      text: result.text.trim(),
      date: monday,
      dateEnd: new Date(monday.getTime() + 6 * DAY_MS),
      precision: "range",
    };
  }
  // a month (and day) named without its year, not counted from publication ("next month")
  const named = known("month") && !known("year") && !/\b(?:next|last|this|past|coming)\b/i.test(result.text);
  if (named) {
    const wholeMonth = !known("day");
    // "on 1 September that year": the year of the date before it
    const year = thatYear ?? yearFor(day.getUTCMonth(), day.getUTCDate(), publishedOn, future, wholeMonth);
    day = utc(year, day.getUTCMonth(), day.getUTCDate());
  }
  // "the end of October", "end of next month": a part of the month
  const inner = /^(?:the\s+)?(end|beginning|start|middle)\s+of\s+/i.exec(result.text);
  let precision: DatePrecision;
  let resolved = day;
  let dateEnd: Date | null = null;
  if (inner && known("month")) {
    return {
      ...base,
      start: offset + start,
      text: sentence.slice(start, end).trim(),
      date: utc(day.getUTCFullYear(), day.getUTCMonth(), 1),
      precision: partPrecision(inner[1] ?? ""),
    };
  }
  if (known("day") || known("weekday")) precision = "day";
  else if (known("month")) {
    precision = "month";
    resolved = utc(day.getUTCFullYear(), day.getUTCMonth(), 1);
    const part = PART_BEFORE.exec(sentence.slice(0, start));
    if (part) {
      precision = partPrecision(part[1] ?? "");
      start = part.index;
    }
  } else if (known("year")) {
    precision = "year";
    resolved = utc(day.getUTCFullYear(), 0, 1);
  } else return null;
  if (result.end?.isCertain("day") && precision === "day") {
    const last = result.end.date();
    dateEnd = utc(last.getUTCFullYear(), last.getUTCMonth(), last.getUTCDate());
    if (dateEnd.getTime() > resolved.getTime()) precision = "range";
    else dateEnd = null;
  }
  return { start: offset + start, end: offset + end, text: sentence.slice(start, end).trim(), date: resolved, dateEnd, precision, future };
}

/** A season as a range: "next summer" the first to start after publication, "last winter" the last to end before it. */
function season(
  name: string,
  which: string | undefined,
  year: number | null,
  publishedOn: Date,
  future: boolean,
): { date: Date; dateEnd: Date } {
  const month = SEASON_START[name.toLowerCase()] ?? 0;
  const of = (y: number) => ({ date: utc(y, month, 1), dateEnd: utc(y, month + 3, 0) });
  if (year !== null) return of(year);
  const now = publishedOn.getTime();
  const around = [-2, -1, 0, 1].map((d) => of(publishedOn.getUTCFullYear() + d));
  const lower = which?.toLowerCase();
  if (lower === "next" || lower === "coming") return around.find((s) => s.date.getTime() > now) ?? around.at(-1)!;
  if (lower === "last" || lower === "past") return around.findLast((s) => s.dateEnd.getTime() < now) ?? around[0]!;
  if (lower === "this" || future) return around.find((s) => s.dateEnd.getTime() >= now) ?? around.at(-1)!;
  return around.findLast((s) => s.date.getTime() <= now) ?? around[0]!;
}

/** The most recent (or, looking forward, the next) occurrence of a month and day around `reference`. */
function around(reference: Date, month: number, day: number, forward: boolean): Date {
  const year = reference.getUTCFullYear();
  const same = utc(year, month, day);
  if (forward) return same.getTime() >= reference.getTime() ? same : utc(year + 1, month, day);
  return same.getTime() <= reference.getTime() ? same : utc(year - 1, month, day);
}

/** Every date expression in `sentence` (which starts at `offset` in the text). */
export function findDates(sentence: string, offset: number, publishedOn: Date): FoundDate[] {
  if (!MAYBE_DATE.test(sentence) && !/\b(?:spring|summer|autumn|fall|winter)\b/i.test(sentence)) return [];
  const quotes = [...sentence.matchAll(/“[^”]*”|"[^"]*"|«[^»]*»/g)].map((q) => ({ start: q.index, end: q.index + q[0].length }));
  /** The sentence with its quotations blanked, but for the one `at` is in: a date in a quotation takes the quotation's tense. */
  const contextFor = (at: number) => {
    let context = sentence;
    for (const q of quotes)
      if (at < q.start || at >= q.end) context = context.slice(0, q.start) + " ".repeat(q.end - q.start) + context.slice(q.end);
    return context;
  };
  const forward = FUTURE.test(sentence);
  /** Whether the clause of the date at [at, end) speaks of the future; a date opening the sentence ("In May, …") takes the tense of the clause after it. */
  function futureClause(at: number, end = at): boolean {
    const context = contextFor(at);
    const clauseStart = Math.max(
      context.lastIndexOf(",", at),
      context.lastIndexOf(";", at),
      context.lastIndexOf("“", at),
      context.lastIndexOf("«", at),
      0,
    );
    if (FUTURE.test(context.slice(clauseStart, end))) return true;
    if (clauseStart > 0) {
      // "will open its 32nd shop, in the northern district, on 2 December": a clause with no verb belongs to the one before it
      let from = clauseStart;
      for (let hops = 0; hops < 4 && from > 0 && !words(context.slice(from, at)).some((w) => isVerbLike(w)); hops++) {
        from = Math.max(context.lastIndexOf(",", from - 1), context.lastIndexOf(";", from - 1), 0);
      }
      return from < clauseStart && FUTURE.test(context.slice(from, clauseStart));
    }
    if (words(context.slice(0, at)).some((w) => isVerbLike(w))) return false;
    const next = context.indexOf(",", at);
    if (next < 0) return false;
    const after = context.slice(next + 1).search(/[,;]/);
    return FUTURE.test(context.slice(next + 1, after < 0 ? context.length : next + 1 + after));
  }
  const found: FoundDate[] = [];
  const overlaps = (start: number, end: number) => found.some((f) => start < f.end - offset && end > f.start - offset);
  for (const [pattern, month, day] of NAMED_DAYS) {
    const match = pattern.exec(sentence);
    if (match) {
      const future = futureClause(match.index);
      found.push({
        start: offset + match.index,
        end: offset + match.index + match[0].length,
        text: match[0],
        date: around(publishedOn, month, day, future),
        dateEnd: null,
        precision: "day",
        future,
      });
    }
  }
  for (const match of sentence.matchAll(SEASON)) {
    const at = match.index + (match[1] ? 0 : match[0].search(/\S+\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)/i));
    const future = futureClause(match.index, match.index + match[0].length);
    const { date, dateEnd } = season(match[2]!, match[1], match[3] ? Number(match[3]) : null, publishedOn, future);
    found.push({
      start: offset + at,
      end: offset + match.index + match[0].length,
      text: sentence.slice(at, match.index + match[0].length),
      date,
      dateEnd,
      precision: "range",
      future,
    });
  }
  for (const match of sentence.matchAll(TWO_DAYS)) {
    const [first, last] = [Number(match[1]), Number(match[2])];
    const month = MONTHS.indexOf(match[3]!.toLowerCase());
    if (last <= first || last > 31 || overlaps(match.index, match.index + match[0].length)) continue;
    const future = futureClause(match.index);
    const year = match[4] ? Number(match[4]) : yearFor(month, first, publishedOn, future, false);
    found.push({
      start: offset + match.index,
      end: offset + match.index + match[0].length,
      text: match[0],
      date: utc(year, month, first),
      dateEnd: utc(year, month, last),
      precision: "range",
      future,
    });
  }
  const reference = { instant: new Date(publishedOn.getTime() + 12 * 3_600_000), timezone: 0 };
  // read forwards only when a date needs it: chrono is most of the work
  let aheadResults: chrono.ParsedResult[] | null = null;
  const ahead = () => (aheadResults ??= forward ? chrono.casual.parse(sentence, reference, { forwardDate: true }) : []);
  let thatYearFrom: number | null = null;
  for (const past of chrono.casual.parse(sentence, reference, { forwardDate: false })) {
    // "talks would resume on Monday": a clause about the future reads its date forwards
    const future = futureClause(past.index, past.index + past.text.length);
    const named = past.start.isCertain("month") && !past.start.isCertain("year");
    const result = (future && !named && ahead().find((r) => r.index === past.index)) || past;
    if (overlaps(result.index, result.index + result.text.length) || !readsAsDate(result.text)) continue;
    if (isDuration(sentence, result.index, result.text)) continue;
    const after = sentence.slice(result.index + result.text.length, result.index + result.text.length + 20);
    const thatYear = /^\s*(?:of\s+)?(?:that|the same) year\b/i.test(after) ? thatYearFrom : null;
    const date = fromChrono(result, sentence, offset, publishedOn, future, thatYear);
    if (date) {
      found.push(date);
      thatYearFrom = date.date.getUTCFullYear();
    }
  }
  for (const match of sentence.matchAll(/\bbetween\s+((?:1[6-9]|20)\d{2})\s+and\s+((?:1[6-9]|20)\d{2})\b/g)) {
    const [first, last] = [Number(match[1]), Number(match[2])];
    if (last <= first || overlaps(match.index, match.index + match[0].length)) continue;
    found.push({
      start: offset + match.index,
      end: offset + match.index + match[0].length,
      text: match[0],
      date: utc(first, 0, 1),
      dateEnd: utc(last, 11, 31),
      precision: "range",
      future: futureClause(match.index),
    });
  }
  for (const match of sentence.matchAll(
    /\b(?:(in|since|by|from|until|during|of)\s+|(early|mid|late)[\s-]+)((?:1[6-9]|20)\d{2})(?!\s*[-–%]|\d|s\b)/gi,
  )) {
    const start = match.index;
    // "until 2026", "until the end of 2026": the bound of a period
    if (
      overlaps(start, start + match[0].length) ||
      BOUND_BEFORE.test(`${sentence.slice(Math.max(0, start - 40), start)}${match[1] ? `${match[1]} ` : ""}`)
    )
      continue;
    const year = Number(match[3]);
    found.push({
      start: offset + start,
      end: offset + start + match[0].length,
      text: match[0],
      date: utc(year, 0, 1),
      dateEnd: null,
      precision: "year",
      future: futureClause(start),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "in three years", "within six months", "over the next year", "until the end of 2026", "the Sunday shift": no date of an event. */
function isDuration(sentence: string, index: number, text: string): boolean {
  if (DURATION.test(text)) return true;
  const before = sentence.slice(Math.max(0, index - 40), index);
  if (/^\s*(?:next|coming|past|last)\b/i.test(text) && DURATION_BEFORE.test(before)) return true;
  if (BOUND_BEFORE.test(before) && !/\b(?:on|in)\s/i.test(text)) return true;
  // a day named as a kind of thing ("the Sunday shift"), not a date
  return /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?$/.test(text.trim()) && /\b(?:the|a|every|each)\s+$/i.test(before);
}

export const isoDay = (date: Date) => toIsoDay(date);
