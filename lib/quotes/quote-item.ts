// What the quote functions read and return about a quote: plain, serialisable values
// (ISO days, not Dates), with the ref its document has in this brief.
import type { DatePrecision, Prisma, Tx } from "@/lib/db/client";
import { formatDateLabel, parseIsoDay, startOfPrecision, toIsoDay } from "@/lib/dates/precision";
import { AppError } from "@/lib/errors";
import { bodyCites } from "@/lib/briefs/refs";
import { verifyQuote } from "./verify-quote";

export const quoteItemSelect = (briefId: string) =>
  ({
    id: true,
    briefId: true,
    ref: true,
    position: true,
    text: true,
    speakerName: true,
    speakerTitle: true,
    saidOn: true,
    saidOnPrecision: true,
    context: true,
    verification: true,
    updatedAt: true,
    speakerSource: { select: { id: true, name: true, retiredAt: true } },
    document: { select: { id: true, title: true, briefs: { where: { briefId }, select: { ref: true } } } },
  }) satisfies Prisma.QuoteSelect;

type QuoteRow = Prisma.QuoteGetPayload<{ select: ReturnType<typeof quoteItemSelect> }>;

export type QuoteItem = {
  id: string;
  briefId: string;
  ref: string;
  position: number;
  text: string;
  speakerName: string;
  speakerTitle: string;
  speakerSource: { id: string; name: string; retired: boolean } | null;
  /** `ref` is null if the brief no longer cites the document */
  document: { id: string; ref: string | null; title: string };
  saidOn: string | null;
  saidOnPrecision: string | null;
  /** what readers see, e.g. "late June 2022" */
  saidOnLabel: string | null;
  context: string;
  verification: string;
  updatedAt: string;
  /** the body has a [@ref] marker for this quote */
  citedInBody: boolean;
};

export function toQuoteItem(row: QuoteRow, body: string): QuoteItem {
  const { speakerSource, document, saidOn, saidOnPrecision, updatedAt, ...rest } = row;
  return {
    ...rest,
    speakerSource: speakerSource && { id: speakerSource.id, name: speakerSource.name, retired: speakerSource.retiredAt !== null },
    document: { id: document.id, title: document.title, ref: document.briefs[0]?.ref ?? null },
    saidOn: saidOn && toIsoDay(saidOn),
    saidOnPrecision,
    saidOnLabel: saidOn && saidOnPrecision ? formatDateLabel({ start: saidOn, precision: saidOnPrecision }) : null,
    updatedAt: updatedAt.toISOString(),
    citedInBody: bodyCites(body, row.ref),
  };
}

/** The quote, read again after a change, as the functions return it. */
export async function readQuoteItem(tx: Tx, briefId: string, quoteId: string): Promise<QuoteItem> {
  const row = await tx.quote.findUniqueOrThrow({ where: { id: quoteId }, select: quoteItemSelect(briefId) });
  const brief = await tx.brief.findUniqueOrThrow({ where: { id: briefId }, select: { body: true } });
  return toQuoteItem(row, brief.body);
}

/** The quote named, if it belongs to the brief named: the brief is taken from the row, never from the client. */
export async function findBriefQuote(tx: Tx, briefId: string, quoteId: string) {
  const quote = await tx.quote.findFirst({
    where: { id: quoteId, briefId },
    select: { id: true, ref: true, text: true, documentId: true, speakerSourceId: true, verification: true, updatedAt: true },
  });
  if (!quote) throw new AppError("not_found", "This quote is no longer on this brief.");
  return quote;
}

/** The automatic check of a save: are the words in the document's captured text, or close to a passage of it? */
export async function verifyAgainstDocument(tx: Tx, text: string, documentId: string) {
  const { capturedText } = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { capturedText: true } });
  return verifyQuote(text, capturedText);
}

/** The stored day of a quote's date: the first day its precision can mean. */
export function saidOnDay(saidOn: string | null, precision: DatePrecision | null): Date | null {
  return saidOn && precision ? startOfPrecision(parseIsoDay(saidOn), precision) : null;
}
