// Event candidates: every sentence with a date expression, each expression resolved
// against the document's published date to a date with its precision. Dates that
// only say when something was said ("union leaders said on Wednesday") date the
// quotes of that sentence instead. "Days before <something> in late February" makes
// two events: the something, and the sentence's own, at the same date. A sentence that
// opens "After …" with no date of its own happened between the last dated event and
// publication. "Two weeks after the collapse", with no date of its own, is dated from
// the last event whose sentence names the collapse (weeks give a part of a month).
// An event the text dates in the future ("will start next week") is planned. The
// headline's dates are the body's, read there.
import { formatDateLabel, startOfPrecision } from "@/lib/dates/precision";
import { mainSubject } from "./attribution";
import { headline, sentences } from "./segment";
import { parseSpeakerPhrase } from "./speaker-phrase";
import { findDates, isoDay, type FoundDate } from "./resolve-date";
import type { StatementDate } from "./extract-quotes";
import type { EventCandidate, Span } from "./types";

const STATEMENT_VERB = /\b(?:said|says|told [\w\s]{1,30}?|added|wrote|stated)(?:\s+in\s+(?:a|an)\s+\w+)?\s*$/i;
const RELATIVE =
  /\b(?:just\s+)?(?:(?:a few|several|two|three|\d+)\s+)?(?:days|weeks|hours|a day|a week)\s+(?:earlier|before|later|after)\b/i;
const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
/** "two weeks after the collapse", "three days before the vote": counted from an event named earlier */
const ANCHORED =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(day|week|month)s?\s+(after|before)\s+(the|its|this|that|an?)\s+([\p{L}-]{3,30})/iu;
const DATELINE = /^[\p{Lu}][\p{Lu}\s.'-]+,\s*$/u;
const DATELINE_START = /^\p{Lu}[\p{Lu}\s.'-]+,[^—–\n]{3,40}?(?:\([^)]+\)\s*)?[—–-]\s+/u;
const REPORTING = /\b(?:reported|reports|said|claimed|announced)\b/;
/** A first description is the sentence; a longer one is cut to this many characters around its date. */
export const MAX_DESCRIPTION_CHARS = 300;

export type ExtractedEvents = { events: EventCandidate[]; statementDates: StatementDate[] };

/** `progress` is told the offset reached after each sentence. */
export function extractEvents(text: string, publishedOn: Date, progress?: (offset: number) => void): ExtractedEvents {
  const events: EventCandidate[] = [];
  const statementDates: StatementDate[] = [];
  // the last event proposed: what "days earlier" and "After …" count from
  const last: { event: EventCandidate | null } = { event: null };
  const byDateStart = new Map<number, EventCandidate>();
  const title = headline(text);
  for (const sentence of sentences(text)) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (title && sentence.start < title.end) continue;
    const dates = findDates(sentenceText, sentence.start, publishedOn).filter((date) => !isDateline(text, sentence, date));
    const reportedBy = reporter(sentenceText);
    const add = (date: FoundDate, description: string, key = `event:${date.start}-${date.end}`) => {
      const event = toCandidate(key, date, description, sentence, reportedBy, publishedOn);
      events.push(event);
      if (!byDateStart.has(event.dateSpan.start)) byDateStart.set(event.dateSpan.start, event);
      last.event = event;
    };
    const found = ANCHORED.exec(sentenceText);
    // "18,000 vehicles a day before the collapse" is a rate
    const rate = found && /^an?$/i.test(found[1]!) && /\p{L}s\s+$/u.test(sentenceText.slice(0, found.index));
    const known = found && !rate ? anchorOf(text, events, found[5]!) : undefined;
    // "closed on 3 June, three weeks after an inspection": the inspection, counted back from the date before it
    const dateBefore =
      found && !rate && !known
        ? dates.find((d) => d.end - sentence.start <= found.index && d.end - sentence.start >= found.index - 4 && d.precision === "day")
        : undefined;
    const countedBack = () => {
      if (!found || !dateBefore) return;
      const count = NUMBERS[found[1]!.toLowerCase()] ?? Number(found[1]);
      const sign = found[3]!.toLowerCase() === "after" ? -1 : 1;
      const unit = found[2]!.toLowerCase();
      const from = dateBefore.date;
      const date =
        unit === "month"
          ? new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + sign * count, 1))
          : new Date(from.getTime() + sign * count * (unit === "week" ? 7 : 1) * 86_400_000);
      const start = sentence.start + found.index;
      add(
        { start, end: start + found[0].length, text: found[0], date, dateEnd: null, precision: approximate(unit, date), future: false },
        sentenceText,
      );
    };
    // "on Feb. 14, a month after the collapse": a date said again another way
    const anchored =
      found &&
      !rate &&
      /^(?:the|its|this|that)$/i.test(found[4]!) &&
      !dates.some((d) => d.end - sentence.start <= found.index && d.end - sentence.start >= found.index - 4)
        ? found
        : null;
    const anchor = anchored && known;
    if (anchored && anchor) {
      const count = NUMBERS[anchored[1]!.toLowerCase()] ?? Number(anchored[1]);
      const sign = anchored[3]!.toLowerCase() === "after" ? 1 : -1;
      const from = new Date(`${anchor.date}T00:00:00Z`);
      const unit = anchored[2]!.toLowerCase();
      const date =
        unit === "month"
          ? new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + sign * count, 1))
          : new Date(from.getTime() + sign * count * (unit === "week" ? 7 : 1) * 86_400_000);
      const precision = approximate(unit, date);
      const start = sentence.start + anchored.index;
      add({ start, end: start + anchored[0].length, text: anchored[0], date, dateEnd: null, precision, future: false }, sentenceText);
    }
    const relative = anchor ? null : RELATIVE.exec(sentenceText);
    const named = dates.some((d) => !/\d/.test(d.text) && /Day\b/.test(d.text));
    for (const date of dates) {
      if (STATEMENT_VERB.test(text.slice(sentence.start, date.start))) {
        statementDates.push({ sentence, date: isoDay(date.date), precision: date.precision === "range" ? "day" : date.precision });
        continue;
      }
      add(date, sentenceText);
    }
    countedBack();
    if (relative && !named) {
      const anchorDate = dates.find((d) => d.start > sentence.start + relative.index);
      const anchor = anchorDate ? byDateStart.get(anchorDate.start) : last.event;
      if (anchor && anchorDate) {
        // "Just days before launching the invasion in late February, Putin recognised …": the main clause, at the anchor's date
        const clause = sentenceText.replace(/^[^,]*,\s*/, "");
        anchor.description = excerpt(
          sentenceText.slice(relative.index + relative[0].length, anchorDate.end - sentence.start).replace(/^\s*/, ""),
          anchorDate.text,
        );
        add(
          anchorDate,
          clause.charAt(0).toUpperCase() + clause.slice(1),
          `event:${sentence.start + relative.index}-${sentence.start + relative.index + relative[0].length}`,
        );
      }
    }
    if (
      dates.length === 0 &&
      /^After\b(?!\s+\p{L}+ing\b)/u.test(sentenceText) &&
      last.event !== null &&
      last.event.date <= isoDay(publishedOn)
    ) {
      const from = last.event;
      const clause = sentenceText.replace(/^[^,]*,\s*/, "");
      add(
        {
          start: sentence.start,
          end: sentence.start + (sentenceText.indexOf(",") + 1 || sentenceText.length + 1) - 1,
          text: sentenceText.split(",")[0] ?? "",
          date: new Date(`${from.date}T00:00:00Z`),
          dateEnd: publishedOn,
          precision: "range",
          future: false,
        },
        clause.charAt(0).toUpperCase() + clause.slice(1),
      );
    }
    progress?.(sentence.end);
  }
  return { events, statementDates };
}

/** "two weeks after": about then, a part of the month; "three days after": that day; "a month after": that month. */
function approximate(unit: string, date: Date): EventCandidate["precision"] {
  const day = date.getUTCDate();
  return unit === "day" ? "day" : unit === "month" ? "month" : day <= 10 ? "early_month" : day <= 20 ? "mid_month" : "late_month";
}

/** The event a later "two weeks after the collapse" counts from: in the last sentence naming the collapse, the day-dated event nearest the word. */
function anchorOf(text: string, events: EventCandidate[], noun: string): EventCandidate | undefined {
  // "the collapse" names what "collapsed"
  const word = new RegExp(`\\b${noun}`, "i");
  const last = events.findLast((e) => e.precision === "day" && word.test(text.slice(e.sentence.start, e.sentence.end)));
  if (!last) return undefined;
  const at = last.sentence.start + text.slice(last.sentence.start, last.sentence.end).search(word);
  const candidates = events.filter((e) => e.sentence.start === last.sentence.start && e.precision === "day");
  return candidates.reduce((best, e) => (Math.abs(e.dateSpan.start - at) < Math.abs(best.dateSpan.start - at) ? e : best), last);
}

/** "VALMORA, March 14 (Reuters) -": the dateline names when the story was filed, not an event. */
function isDateline(text: string, sentence: Span, date: FoundDate): boolean {
  const before = text.slice(sentence.start, date.start);
  const after = text.slice(date.end, date.end + 14);
  return DATELINE.test(before) && /^\s*(?:\(|[—–-])/.test(after);
}

function reporter(sentence: string): string | null {
  if (!REPORTING.test(sentence)) return null;
  const subject = mainSubject(sentence);
  const parsed = subject ? parseSpeakerPhrase(subject) : null;
  return parsed && parsed.kind === "organisation" && !parsed.definite ? parsed.name : null;
}

function toCandidate(
  key: string,
  date: FoundDate,
  description: string,
  sentence: Span,
  reportedBy: string | null,
  publishedOn: Date,
): EventCandidate {
  const dateEnd = date.precision === "range" ? date.dateEnd : null;
  const start = startOfPrecision(date.date, date.precision);
  // planned: the text speaks of it in the future, and its date (or the end of its month or year) is not past
  const latest = dateEnd ?? lastDayOf(start, date.precision);
  const planned = date.future && latest.getTime() >= publishedOn.getTime();
  return {
    key,
    kind: "event",
    description: excerpt(
      description
        .replace(DATELINE_START, "")
        .replace(/^[\s(\[]+/, "")
        .trim(),
      date.text,
    ),
    sentence,
    dateText: date.text,
    dateSpan: { start: date.start, end: date.end },
    date: isoDay(start),
    dateEnd: dateEnd && isoDay(dateEnd),
    precision: date.precision,
    dateLabel: formatDateLabel({ start, end: dateEnd, precision: date.precision }),
    reportedBy,
    planned,
  };
}

function lastDayOf(start: Date, precision: EventCandidate["precision"]): Date {
  const [y, m] = [start.getUTCFullYear(), start.getUTCMonth()];
  if (precision === "year") return new Date(Date.UTC(y, 11, 31));
  if (precision === "day" || precision === "range") return start;
  return new Date(Date.UTC(y, m + 1, 0));
}

/**
 * A description of at most MAX_DESCRIPTION_CHARS: a longer sentence is cut at word
 * breaks around its date expression, with "…" where it was cut.
 */
export function excerpt(description: string, dateText: string, max = MAX_DESCRIPTION_CHARS): string {
  if (description.length <= max) return description;
  const at = Math.max(0, description.indexOf(dateText));
  let from = Math.max(0, Math.min(at + Math.floor(dateText.length / 2) - Math.floor(max / 2), description.length - max));
  let to = Math.min(description.length, from + max);
  if (from > 0) from = nextBreak(description, from, at);
  if (to < description.length) to = previousBreak(description, to, at + dateText.length);
  return `${from > 0 ? "…" : ""}${description.slice(from, to).trim()}${to < description.length ? "…" : ""}`;
}

/** The first word break at or after `from`, not past `limit` (else `from`, but never inside a surrogate pair). */
function nextBreak(text: string, from: number, limit: number): number {
  for (let i = from; i < limit && i < from + 40; i++) if (/\s/.test(text.charAt(i))) return i + 1;
  return /[\uDC00-\uDFFF]/.test(text.charAt(from)) ? from + 1 : from;
}

function previousBreak(text: string, to: number, limit: number): number {
  for (let i = to; i > limit && i > to - 40; i--) if (/\s/.test(text.charAt(i - 1))) return i - 1;
  return /[\uDC00-\uDFFF]/.test(text.charAt(to)) ? to - 1 : to;
}
