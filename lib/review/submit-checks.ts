// The automatic checks a brief must pass before it can be submitted (DESIGN rule 2):
// title and summary present, every quote has a speaker and a document, every event a
// date and a document, every claim a verdict and a conclusion (no verdict in
// conclusion-only mode) and where it first appeared, every citation marker in the body resolves; and rule 7:
// every quote is found in its document, every passage in quotation marks matches what
// it cites or is marked as not a quotation. An altered quote is a warning, not a block.
// Pure: it reads a snapshot (and the captured texts of its documents, when given), so
// it checks exactly what the reviewer will see.
import { unresolvedCitations } from "@/lib/briefs/citations";
import { checkQuotations, withoutOffsets, type CitedWords } from "@/lib/briefs/check-quotations";
import type { QuoteDiffPart } from "@/lib/quotes/match-quote";
import { claimsOf, type BriefSnapshot } from "@/lib/revisions/snapshot";

export type SubmitProblemCode =
  | "title_missing"
  | "summary_missing"
  | "quote_speaker_missing"
  | "quote_document_missing"
  | "event_date_missing"
  | "event_document_missing"
  | "claim_verdict_missing"
  | "claim_conclusion_missing"
  | "claim_appearance_missing"
  | "citation_unresolved"
  | "quote_not_found"
  | "quote_altered"
  | "quotation_mismatch"
  | "quotation_uncited";

export type SubmitProblem = {
  code: SubmitProblemCode;
  message: string;
  itemRef?: string;
  field?: string;
  /** for a passage of the body in quotation marks: its words, and how they differ from what it cites */
  passage?: string;
  diff?: QuoteDiffPart[];
};
/** `warnings` never block submission: the author is told, the reviewer decides. */
export type SubmitCheckResult = { ok: boolean; problems: SubmitProblem[]; warnings: SubmitProblem[] };

type CheckOptions = {
  /** false when the desk writes conclusions without a rating (conclusion-only mode) */
  verdictRequired?: boolean;
  /** the captured text of each document of the snapshot, by id: passages citing a document or an event are checked against it */
  documentTexts?: ReadonlyMap<string, string>;
};

const blank = (text: string | null | undefined) => !text || text.trim() === "";

export function submitChecks(snapshot: BriefSnapshot, { verdictRequired = true, documentTexts }: CheckOptions = {}): SubmitCheckResult {
  const problems: SubmitProblem[] = [];
  const warnings: SubmitProblem[] = [];
  const documentIds = new Set(snapshot.documents.map((d) => d.id));

  if (blank(snapshot.title)) problems.push({ code: "title_missing", message: "The brief needs a title.", field: "title" });
  if (blank(snapshot.summary)) problems.push({ code: "summary_missing", message: "The brief needs a summary.", field: "summary" });

  for (const quote of snapshot.quotes) {
    if (blank(quote.speakerName)) {
      problems.push({
        code: "quote_speaker_missing",
        message: `Quote ${quote.ref} needs a speaker.`,
        itemRef: quote.ref,
        field: "speakerName",
      });
    }
    if (blank(quote.documentId) || !documentIds.has(quote.documentId)) {
      problems.push({
        code: "quote_document_missing",
        message: `Quote ${quote.ref} needs the document it comes from.`,
        itemRef: quote.ref,
        field: "documentId",
      });
    } else if (quote.verification === "not_found") {
      problems.push({
        code: "quote_not_found",
        itemRef: quote.ref,
        field: "text",
        message: `Quote ${quote.ref} is not in its document. Cite the document that has these words; for words nobody published (a call, an interview), add your own record of it as a document of kind “our own record”.`,
      });
    } else if (quote.verification === "altered") {
      warnings.push({ code: "quote_altered", itemRef: quote.ref, field: "text", message: alteredQuoteWarning(quote.ref) });
    }
  }

  for (const event of snapshot.events) {
    if (blank(event.dateStart)) {
      problems.push({ code: "event_date_missing", message: `Event ${event.ref} needs a date.`, itemRef: event.ref, field: "date" });
    }
    if (!event.documentIds.some((id) => documentIds.has(id))) {
      problems.push({
        code: "event_document_missing",
        message: `Event ${event.ref} needs a document that reports it.`,
        itemRef: event.ref,
        field: "documentIds",
      });
    }
  }

  for (const claim of claimsOf(snapshot)) {
    if (verdictRequired && !claim.verdict) {
      problems.push({
        code: "claim_verdict_missing",
        message: `Claim ${claim.ref} needs a verdict.`,
        itemRef: claim.ref,
        field: "ratingId",
      });
    }
    if (blank(claim.conclusion)) {
      problems.push({
        code: "claim_conclusion_missing",
        message: `Claim ${claim.ref} needs a written conclusion.`,
        itemRef: claim.ref,
        field: "conclusion",
      });
    }
    const inDocument = claim.documentId !== null && documentIds.has(claim.documentId);
    if (!inDocument && blank(claim.appearanceUrl)) {
      problems.push({
        code: "claim_appearance_missing",
        message: `Claim ${claim.ref} needs where it first appeared: a document of this brief or a web address.`,
        itemRef: claim.ref,
        field: "documentId",
      });
    }
  }

  const known = [
    ...snapshot.quotes.map((q) => q.ref),
    ...snapshot.events.map((e) => e.ref),
    ...snapshot.documents.flatMap((d) => (d.ref ? [d.ref] : [])),
    ...claimsOf(snapshot).map((c) => c.ref),
  ];
  for (const ref of unresolvedCitations(snapshot.body, known)) {
    problems.push({
      code: "citation_unresolved",
      message: `The marker [@${ref}] in the body does not match any quote, event, claim or document of this brief.`,
      itemRef: ref,
      field: "body",
    });
  }
  for (const problem of checkQuotations(snapshot.body, citedWords(snapshot, documentTexts)))
    problems.push({ ...withoutOffsets(problem), field: "body" });

  return { ok: problems.length === 0, problems, warnings };
}

export const alteredQuoteWarning = (ref: string) =>
  `Quote ${ref} differs from its document's text. Readers will see how it differs, and the reviewer must write a note on it: check it is what you mean.`;

/** What each marker of the snapshot cites, in words; documents' texts only when given. */
export function citedWords(snapshot: BriefSnapshot, documentTexts?: ReadonlyMap<string, string>): CitedWords {
  const words = new Map<string, string[] | null>();
  for (const q of snapshot.quotes) words.set(q.ref, [q.text]);
  for (const c of claimsOf(snapshot)) words.set(c.ref, [c.text]);
  const texts = (ids: string[]) => (documentTexts ? ids.flatMap((id) => documentTexts.get(id) ?? []) : null);
  for (const d of snapshot.documents) if (d.ref) words.set(d.ref, texts([d.id]));
  for (const e of snapshot.events) words.set(e.ref, texts(e.documentIds));
  return (ref) => words.get(ref);
}
