// Event candidates: every sentence with a date expression, each expression resolved
// against the document's published date to a date with its precision. Dates that
// only say when something was said ("union leaders said on Wednesday") date the
// quotes of that sentence instead. "Days before <something> in late February" makes
// two events: the something, and the sentence's own, at the same date. A sentence that
// opens "After …" with no date of its own happened between the last dated event and
// publication.
import { formatDateLabel, startOfPrecision } from "@/lib/dates/precision";
import { mainSubject } from "./attribution";
import { sentences } from "./segment";
import { parseSpeakerPhrase } from "./speaker-phrase";
import { findDates, isoDay, type FoundDate } from "./resolve-date";
import type { StatementDate } from "./extract-quotes";
import type { EventCandidate, Span } from "./types";

const STATEMENT_VERB = /\b(?:said|says|told [\w\s]{1,30}?|added|wrote|stated)(?:\s+in\s+(?:a|an)\s+\w+)?\s*$/i;
const RELATIVE = /\b(?:just\s+)?(?:(?:a few|several|two|three|\d+)\s+)?(?:days|weeks|hours|a day|a week)\s+(?:earlier|before|later|after)\b/i;
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
  for (const sentence of sentences(text)) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const dates = findDates(sentenceText, sentence.start, publishedOn).filter((date) => !isDateline(text, sentence, date));
    const reportedBy = reporter(sentenceText);
    const add = (date: FoundDate, description: string, key = `event:${date.start}-${date.end}`) => {
      const event = toCandidate(key, date, description, sentence, reportedBy);
      events.push(event);
      if (!byDateStart.has(event.dateSpan.start)) byDateStart.set(event.dateSpan.start, event);
      last.event = event;
    };
    const relative = RELATIVE.exec(sentenceText);
    const named = dates.some((d) => !/\d/.test(d.text) && /Day\b/.test(d.text));
    for (const date of dates) {
      if (STATEMENT_VERB.test(text.slice(sentence.start, date.start))) {
        statementDates.push({ sentence, date: isoDay(date.date), precision: date.precision === "range" ? "day" : date.precision });
        continue;
      }
      add(date, sentenceText);
    }
    if (relative && !named) {
      const anchorDate = dates.find((d) => d.start > sentence.start + relative.index);
      const anchor = anchorDate ? byDateStart.get(anchorDate.start) : last.event;
      if (anchor && anchorDate) {
        // "Just days before launching the invasion in late February, Putin recognised …": the main clause, at the anchor's date
        const clause = sentenceText.replace(/^[^,]*,\s*/, "");
        anchor.description = excerpt(sentenceText.slice(relative.index + relative[0].length, anchorDate.end - sentence.start).replace(/^\s*/, ""), anchorDate.text);
        add(anchorDate, clause.charAt(0).toUpperCase() + clause.slice(1), `event:${sentence.start + relative.index}-${sentence.start + relative.index + relative[0].length}`);
      }
    }
    if (dates.length === 0 && /^After\b/.test(sentenceText) && last.event !== null && last.event.date <= isoDay(publishedOn)) {
      const from = last.event;
      const clause = sentenceText.replace(/^[^,]*,\s*/, "");
      add(
        { start: sentence.start, end: sentence.start + (sentenceText.indexOf(",") + 1 || sentenceText.length + 1) - 1, text: sentenceText.split(",")[0] ?? "", date: new Date(`${from.date}T00:00:00Z`), dateEnd: publishedOn, precision: "range" },
        clause.charAt(0).toUpperCase() + clause.slice(1),
      );
    }
    progress?.(sentence.end);
  }
  return { events, statementDates };
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

function toCandidate(key: string, date: FoundDate, description: string, sentence: Span, reportedBy: string | null): EventCandidate {
  const dateEnd = date.precision === "range" ? date.dateEnd : null;
  const start = startOfPrecision(date.date, date.precision);
  return {
    key, kind: "event", description: excerpt(description.replace(DATELINE_START, "").replace(/^[\s(\[]+/, "").trim(), date.text), sentence, dateText: date.text,
    dateSpan: { start: date.start, end: date.end },
    date: isoDay(start), dateEnd: dateEnd && isoDay(dateEnd), precision: date.precision,
    dateLabel: formatDateLabel({ start, end: dateEnd, precision: date.precision }),
    reportedBy,
  };
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
