// Quote candidates: every passage in quotation marks (and every answer of a Q&A
// interview), with its speaker as the text attributes it. Parts of one sentence
// interrupted by an attribution (“We will not give up,” he said, “and we will win.”)
// are one quote; a quotation with no attribution of its own continues the last
// speaker of its paragraph. Short title-case quotations used as names (“People’s
// Republics.”) are labels, not statements.
import type { DatePrecision } from "@/lib/db/client";
import { attributionPhrase, mainSubject } from "./attribution";
import { Discourse, type Speaker } from "./discourse";
import { findQuotations, type Quotation } from "./find-quotations";
import { interviewTurns, type Turn } from "./interview-turns";
import { headline, paragraphs, sentences, spanAt } from "./segment";
import { parseSpeakerPhrase, titledMentions } from "./speaker-phrase";
import type { QuoteCandidate, Span } from "./types";
import { LABEL_CUES } from "./words";

export type StatementDate = { sentence: Span; date: string; precision: DatePrecision };

/** The longest quote the desk takes (lib/quotes/schemas.ts): a longer "quotation" is a stray mark, not a quote. */
export const MAX_QUOTE_CHARS = 5000;
/** The longest speaker name or title a quote takes. */
const MAX_SPEAKER_CHARS = 200;

const MINOR = new Set(["of", "the", "and", "for", "in", "on", "a", "an", "to", "de"]);

export function isLabel(inner: string, textBefore: string): boolean {
  const list = inner
    .replace(/[.,!?;:]+$/, "")
    .split(/\s+/)
    .filter(Boolean);
  if (list.length === 0 || list.length > 4) return false;
  if (/so[- ]called\s*$/i.test(textBefore)) return true;
  const titleCase = list.every((w) => MINOR.has(w) || /^\p{Lu}/u.test(w));
  const midSentence = /\p{L}[\s,]*$/u.test(textBefore);
  return titleCase && (LABEL_CUES.test(textBefore) || midSentence);
}

type Part = { quotation: Quotation; sentence: Span };

/** `progress` is told the offset reached after each sentence. */
export function extractQuotes(text: string, statementDates: StatementDate[] = [], progress?: (offset: number) => void): QuoteCandidate[] {
  const allSentences = sentences(text);
  const allParagraphs = paragraphs(text);
  const paragraphIndex = new Map(allParagraphs.map((p, i) => [p, i]));
  const turns = interviewTurns(text);
  const turnWords = turns.map((t) => t.words);
  const inTurn = (offset: number) => spanAt(turnWords, offset) !== undefined;
  const datesBySentence = new Map(statementDates.map((d) => [d.sentence.start, d] as const).reverse());
  const title = headline(text);
  const quotations = findQuotations(text).filter((q) => !inTurn(q.outer.start) && !(title && q.outer.start < title.end));
  const discourse = new Discourse();
  const found: QuoteCandidate[] = [];
  let lastSpeaker: { speaker: Speaker; paragraph: Span } | null = null;
  let next = 0;

  for (const sentence of allSentences) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const paragraph = spanAt(allParagraphs, sentence.start)!;
    const upcoming = turns[firstFrom(turnWords, sentence.start)];
    const turn = upcoming && upcoming.words.start < sentence.end ? upcoming : undefined;
    if (turn && !turn.question) keep(found, answer(text, turn, discourse));
    if (!inTurn(sentence.start)) {
      for (const mention of titledMentions(sentenceText)) discourse.remember({ ...mention, kind: "person" });
      const subject = mainSubject(sentenceText);
      const parsed = subject && parseSpeakerPhrase(subject);
      if (parsed && parsed.kind !== "pronoun") {
        const resolved = discourse.resolve(parsed);
        if (resolved) discourse.remember(resolved);
      }
    }
    for (let quotation = quotations[next]; quotation && quotation.outer.start < sentence.end; quotation = quotations[next]) {
      // a quotation of several sentences is attributed in the sentence where it ends
      const widen = (from: Span, q: Quotation): Span => ({
        start: from.start,
        end: Math.max(from.end, spanAt(allSentences, q.outer.end - 1)?.end ?? from.end),
      });
      const parts: Part[] = [{ quotation, sentence: widen(sentence, quotation) }];
      next++;
      // “…,” he said, “…” — one quote in two parts
      for (let more = quotations[next]; more && continues(text, parts.at(-1)!.quotation, more); more = quotations[next]) {
        parts.push({ quotation: more, sentence: widen(spanAt(allSentences, more.outer.start) ?? sentence, more) });
        next++;
      }
      const previousStart = allParagraphs[(paragraphIndex.get(paragraph) ?? 0) - 1]?.start ?? paragraph.start;
      const speaker: Speaker | null =
        attribute(text, parts, discourse) ?? (lastSpeaker && lastSpeaker.paragraph.start >= previousStart ? lastSpeaker.speaker : null);
      if (speaker) {
        discourse.remember(speaker);
        lastSpeaker = { speaker, paragraph };
      }
      keep(found, candidate(text, parts, speaker, datesBySentence));
    }
    progress?.(sentence.end);
  }
  return found;
}

/** Keeps a candidate the desk could accept: its words no longer than a quote may be, its speaker's name and title cut to size. */
function keep(found: QuoteCandidate[], quote: QuoteCandidate): void {
  if (quote.text.length > MAX_QUOTE_CHARS) return;
  const clip = (value: string) => (value.length > MAX_SPEAKER_CHARS ? value.slice(0, MAX_SPEAKER_CHARS).trimEnd() : value);
  found.push({
    ...quote,
    speakerName: clip(quote.speakerName),
    speakerTitle: clip(quote.speakerTitle),
    speakerOrganisation: quote.speakerOrganisation && clip(quote.speakerOrganisation),
  });
}

/** The index of the first of `spans` (sorted) that starts at or after `offset`. */
function firstFrom(spans: Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function continues(text: string, first: Quotation, second: Quotation): boolean {
  if (!/,\s*$/.test(text.slice(first.inner.start, first.inner.end))) return false;
  const gap = text.slice(first.outer.end, second.outer.start);
  return /^\s*,?\s*[^“”".!?\n]{1,90},\s*$/.test(gap);
}

function attribute(text: string, parts: Part[], discourse: Discourse): Speaker | null {
  for (const { quotation, sentence } of parts) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const inner = text.slice(quotation.inner.start, quotation.inner.end);
    const phrase = attributionPhrase(sentenceText, quotation.outer.start - sentence.start, quotation.outer.end - sentence.start, inner);
    const parsed = phrase && parseSpeakerPhrase(phrase);
    const speaker = parsed && discourse.resolve(parsed);
    if (speaker) return speaker;
  }
  return null;
}

function candidate(text: string, parts: Part[], speaker: Speaker | null, datesBySentence: Map<number, StatementDate>): QuoteCandidate {
  const spans = parts.map(({ quotation }) => quotation.inner);
  const pieces = spans.map((span) => text.slice(span.start, span.end).trim());
  // the comma before "he said" is the sentence's, not the speaker's
  const words = pieces.map((piece) => piece.replace(/,$/, "")).join(" … ");
  const first = parts[0]!;
  const label = parts.length === 1 && isLabel(words, text.slice(first.sentence.start, first.quotation.outer.start));
  const said = parts.map((p) => datesBySentence.get(p.sentence.start)).find((d) => d !== undefined);
  return {
    key: `quote:${first.quotation.inner.start}-${first.quotation.inner.end}`,
    kind: label ? "label" : "quote",
    text: words,
    spans,
    speakerName: speaker?.name ?? "",
    speakerTitle: speaker?.title ?? "",
    speakerOrganisation: speaker?.kind === "organisation" ? speaker.name : (speaker?.organisation ?? null),
    saidOn: said?.date ?? null,
    saidOnPrecision: said?.precision ?? null,
  };
}

function answer(text: string, turn: Turn, discourse: Discourse): QuoteCandidate {
  const label = turn.label;
  const named = /^(?:A|Answer)$/.test(label)
    ? undefined
    : discourse.resolve({
        kind: "single",
        name: label
          .split(/\s+/)
          .at(-1)!
          .replace(/^(\p{Lu})(\p{Lu}+)$/u, (_, a: string, b: string) => a + b.toLowerCase()),
        title: "",
        organisation: null,
        definite: false,
        head: null,
      });
  const speaker = named?.kind === "person" ? named : discourse.first("person");
  const span = turn.words;
  return {
    key: `quote:${span.start}-${span.end}`,
    kind: "quote",
    text: text.slice(span.start, span.end),
    spans: [span],
    speakerName: speaker?.name ?? "",
    speakerTitle: speaker?.title ?? "",
    speakerOrganisation: speaker?.organisation ?? null,
    saidOn: null,
    saidOnPrecision: null,
  };
}
