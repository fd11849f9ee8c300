// Date expressions in a sentence, resolved against the document's published date.
// chrono-node reads the expressions it knows ("on 12 June 2022", "last week", "in
// late June" as June, "on Tuesday"); a thin layer on top adds what it leaves out or
// reads too precisely for an editor: the part of a month ("late June"), a week as a
// range, bare years ("in 2014"), a few named days ("Russia’s National Day"), and the
// direction of time (a sentence about the future reads "on Monday" forwards).
import * as chrono from "chrono-node";
import type { DatePrecision } from "@/lib/db/client";
import { toIsoDay } from "@/lib/dates/precision";

export type FoundDate = { start: number; end: number; text: string; date: Date; dateEnd: Date | null; precision: DatePrecision };

const DAY_MS = 86_400_000;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const FUTURE = /\b(?:will|would|next|is due|are due|plans? to|scheduled|expected to|is to|are to)\b/i;
const MAYBE_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|week|month|year|yesterday|today|tomorrow|ago|day)/i;
const PART_BEFORE = /\b(early|mid|late|end of|the end of|beginning of|the beginning of|start of|the start of|middle of|the middle of)[\s-]*$/i;

/** Days the text may name instead of a date (month, day), for "in recognition of Russia’s National Day". */
const NAMED_DAYS: [RegExp, number, number][] = [
  [/\bRussia(?:[’']s)? (?:National )?Day\b/, 5, 12],
  [/\bVictory Day\b/, 4, 9],
  [/\bChristmas(?: Day)?\b/, 11, 25],
  [/\bNew Year[’']s Day\b/, 0, 1],
  [/\bBastille Day\b/, 6, 14],
];

const DATE_WORD = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tomorrow|tonight|week|month|year|ago)/i;

/** chrono also reads durations ("for a second") and dates counted from another event ("two years after"). */
function readsAsDate(text: string): boolean {
  return DATE_WORD.test(text) && !/\b(?:after|before|later|earlier)\s*$/i.test(text.trim());
}

function partPrecision(word: string): DatePrecision {
  if (/early|beginning|start/i.test(word)) return "early_month";
  if (/mid|middle/i.test(word)) return "mid_month";
  return "late_month";
}

function fromChrono(result: chrono.ParsedResult, sentence: string, offset: number): FoundDate | null {
  const known = (component: chrono.Component) => result.start.isCertain(component);
  const date = result.start.date();
  const day = utc(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  let start = result.index;
  const end = result.index + result.text.trimEnd().replace(/[,.;]$/, "").length;
  const base = { end: offset + end, dateEnd: null as Date | null };
  const weekly = /\b(?:last|this|next|past) week\b/i.exec(result.text);
  if (weekly) {
    const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
    return { ...base, start: offset + start, text: result.text.trim(), date: monday, dateEnd: new Date(monday.getTime() + 6 * DAY_MS), precision: "range" };
  }
  let precision: DatePrecision;
  let resolved = day;
  let dateEnd: Date | null = null;
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
  return { start: offset + start, end: offset + end, text: sentence.slice(start, end).trim(), date: resolved, dateEnd, precision };
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
  if (!MAYBE_DATE.test(sentence)) return [];
  const forward = FUTURE.test(sentence);
  function futureClause(text: string, at: number): boolean {
    const clauseStart = Math.max(text.lastIndexOf(",", at), text.lastIndexOf(";", at), 0);
    // the tense of a quotation inside the clause ("“Why would …?” asked …") is not the clause's
    return FUTURE.test(text.slice(clauseStart, at).replace(/“[^”]*”|"[^"]*"/g, ""));
  }
  const found: FoundDate[] = [];
  const overlaps = (start: number, end: number) => found.some((f) => start < f.end - offset && end > f.start - offset);
  for (const [pattern, month, day] of NAMED_DAYS) {
    const match = pattern.exec(sentence);
    if (match) found.push({ start: offset + match.index, end: offset + match.index + match[0].length, text: match[0], date: around(publishedOn, month, day, futureClause(sentence, match.index)), dateEnd: null, precision: "day" });
  }
  const reference = { instant: new Date(publishedOn.getTime() + 12 * 3_600_000), timezone: 0 };
  const ahead = forward ? chrono.casual.parse(sentence, reference, { forwardDate: true }) : [];
  for (const past of chrono.casual.parse(sentence, reference, { forwardDate: false })) {
    // "talks would resume on Monday": a clause about the future reads its date forwards
    const result = (futureClause(sentence, past.index) && ahead.find((r) => r.index === past.index)) || past;
    if (overlaps(result.index, result.index + result.text.length) || !readsAsDate(result.text)) continue;
    const date = fromChrono(result, sentence, offset);
    if (date) found.push(date);
  }
  for (const match of sentence.matchAll(/\bbetween\s+((?:1[6-9]|20)\d{2})\s+and\s+((?:1[6-9]|20)\d{2})\b/g)) {
    const [first, last] = [Number(match[1]), Number(match[2])];
    if (last <= first || overlaps(match.index, match.index + match[0].length)) continue;
    found.push({ start: offset + match.index, end: offset + match.index + match[0].length, text: match[0], date: utc(first, 0, 1), dateEnd: utc(last, 11, 31), precision: "range" });
  }
  for (const match of sentence.matchAll(/\b(?:(in|since|by|from|until|during|of)\s+|(early|mid|late)[\s-]+)((?:1[6-9]|20)\d{2})(?!\s*[-–%]|\d|s\b)/gi)) {
    const start = match.index;
    if (overlaps(start, start + match[0].length)) continue;
    const year = Number(match[3]);
    found.push({ start: offset + start, end: offset + start + match[0].length, text: match[0], date: utc(year, 0, 1), dateEnd: null, precision: "year" });
  }
  return found.sort((a, b) => a.start - b.start);
}

export const isoDay = (date: Date) => toIsoDay(date);
