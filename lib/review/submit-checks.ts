// The automatic checks a brief must pass before it can be submitted (DESIGN rule 2):
// title and summary present, every quote has a speaker and a document, every event a
// date and a document, every claim a verdict and a conclusion (no verdict in
// conclusion-only mode) and where it first appeared, every citation marker in the body resolves. Pure: it reads a
// snapshot, so it checks exactly what the reviewer will see.
import { unresolvedCitations } from "@/lib/briefs/citations";
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
  | "citation_unresolved";

export type SubmitProblem = { code: SubmitProblemCode; message: string; itemRef?: string; field?: string };
export type SubmitCheckResult = { ok: boolean; problems: SubmitProblem[] };

const blank = (text: string | null | undefined) => !text || text.trim() === "";

/** `verdictRequired`: false when the desk writes conclusions without a rating (conclusion-only mode). */
export function submitChecks(snapshot: BriefSnapshot, { verdictRequired = true }: { verdictRequired?: boolean } = {}): SubmitCheckResult {
  const problems: SubmitProblem[] = [];
  const documentIds = new Set(snapshot.documents.map((d) => d.id));

  if (blank(snapshot.title)) problems.push({ code: "title_missing", message: "The brief needs a title.", field: "title" });
  if (blank(snapshot.summary)) problems.push({ code: "summary_missing", message: "The brief needs a summary.", field: "summary" });

  for (const quote of snapshot.quotes) {
    if (blank(quote.speakerName)) {
      problems.push({ code: "quote_speaker_missing", message: `Quote ${quote.ref} needs a speaker.`, itemRef: quote.ref, field: "speakerName" });
    }
    if (blank(quote.documentId) || !documentIds.has(quote.documentId)) {
      problems.push({ code: "quote_document_missing", message: `Quote ${quote.ref} needs the document it comes from.`, itemRef: quote.ref, field: "documentId" });
    }
  }

  for (const event of snapshot.events) {
    if (blank(event.dateStart)) {
      problems.push({ code: "event_date_missing", message: `Event ${event.ref} needs a date.`, itemRef: event.ref, field: "date" });
    }
    if (!event.documentIds.some((id) => documentIds.has(id))) {
      problems.push({ code: "event_document_missing", message: `Event ${event.ref} needs a document that reports it.`, itemRef: event.ref, field: "documentIds" });
    }
  }

  for (const claim of claimsOf(snapshot)) {
    if (verdictRequired && !claim.verdict) {
      problems.push({ code: "claim_verdict_missing", message: `Claim ${claim.ref} needs a verdict.`, itemRef: claim.ref, field: "ratingId" });
    }
    if (blank(claim.conclusion)) {
      problems.push({ code: "claim_conclusion_missing", message: `Claim ${claim.ref} needs a written conclusion.`, itemRef: claim.ref, field: "conclusion" });
    }
    const inDocument = claim.documentId !== null && documentIds.has(claim.documentId);
    if (!inDocument && blank(claim.appearanceUrl)) {
      problems.push({ code: "claim_appearance_missing", message: `Claim ${claim.ref} needs where it first appeared: a document of this brief or a web address.`, itemRef: claim.ref, field: "documentId" });
    }
  }

  const known = [
    ...snapshot.quotes.map((q) => q.ref),
    ...snapshot.events.map((e) => e.ref),
    ...snapshot.documents.flatMap((d) => (d.ref ? [d.ref] : [])),
  ];
  for (const ref of unresolvedCitations(snapshot.body, known)) {
    problems.push({ code: "citation_unresolved", message: `The marker [@${ref}] in the body does not match any quote, event or document of this brief.`, itemRef: ref, field: "body" });
  }

  return { ok: problems.length === 0, problems };
}
