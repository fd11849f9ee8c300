// What the editor and the reviewer see behind a quote's verification status: the
// passage of the cited document it matches, with some of the text around it, and for
// an altered quote the word diff. Worked out when shown, from the quote's words and
// its document's captured text (documents never change), so it is never stale.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db, type Tx } from "@/lib/db/client";
import { matchQuote, type AutomaticVerification, type QuoteDiffPart } from "./match-quote";

/** Characters of the document shown on each side of the passage. */
const CONTEXT = 120;

export type QuoteCheck = {
  /** what the words say now; the stored status may be a reviewer's hand check */
  status: AutomaticVerification;
  passage: { start: number; end: number; text: string } | null;
  /** the document's text just before and after the passage, cut at a word */
  before: string;
  after: string;
  diff: QuoteDiffPart[];
  insertions: string[];
  similarity: number;
};

type QuoteWords = { key: string; text: string; documentId: string };

export function explainQuote(text: string, capturedText: string): QuoteCheck {
  const match = matchQuote(text, capturedText);
  if (!match.passage) return { ...match, before: "", after: "" };
  const { start, end } = match.passage;
  const before = capturedText.slice(Math.max(0, start - CONTEXT), start);
  const after = capturedText.slice(end, end + CONTEXT);
  return {
    ...match,
    before: start > CONTEXT ? before.replace(/^\S*\s*/, "") : before,
    after: end + CONTEXT < capturedText.length ? after.replace(/\s*\S*$/, "") : after,
  };
}

/** Each quote's check, by its key, reading every cited document once. */
export async function readQuoteChecks(tx: Tx, quotes: QuoteWords[]): Promise<Map<string, QuoteCheck>> {
  const ids = [...new Set(quotes.map((q) => q.documentId))];
  const documents = await tx.document.findMany({ where: { id: { in: ids } }, select: { id: true, capturedText: true } });
  const texts = new Map(documents.map((d) => [d.id, d.capturedText]));
  return new Map(quotes.map((q) => [q.key, explainQuote(q.text, texts.get(q.documentId) ?? "")]));
}

/** The checks of a revision's quotes (the review screen), by ref. */
export async function explainVerification(
  actor: Actor | null,
  quotes: { ref: string; text: string; documentId: string }[],
): Promise<Record<string, QuoteCheck>> {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    const checks = await readQuoteChecks(
      tx,
      quotes.map((q) => ({ key: q.ref, text: q.text, documentId: q.documentId })),
    );
    return Object.fromEntries(checks);
  });
}
