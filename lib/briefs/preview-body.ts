// The live preview beside the Body field: rendered exactly as readers will see it,
// with markers that point at nothing shown as errors and listed, and passages in
// quotation marks that the submit checks would refuse (DESIGN rule 7) marked and listed.
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { checkQuotations, withoutOffsets, type CitedWords, type QuotationProblem } from "./check-quotations";
import { findCitationMarkers, unresolvedCitations } from "./citations";
import { renderBody } from "./render-body";

export const previewSchema = z.object({ briefId: z.string().min(1), body: z.string().max(100_000) });

export type BodyPreview = { html: string; unresolved: string[]; quotations: Omit<QuotationProblem, "start" | "end">[] };

export async function briefRefs(briefId: string): Promise<Set<string>> {
  const [quotes, events, documents, claims] = await Promise.all([
    db().quote.findMany({ where: { briefId }, select: { ref: true } }),
    db().event.findMany({ where: { briefId }, select: { ref: true } }),
    db().briefDocument.findMany({ where: { briefId }, select: { ref: true } }),
    db().claim.findMany({ where: { briefId }, select: { ref: true } }),
  ]);
  return new Set([...quotes, ...events, ...documents, ...claims].map((r) => r.ref));
}

/** The words each marker of the typed body cites, reading only the documents it cites. */
async function citedWords(briefId: string, body: string): Promise<CitedWords> {
  const cited = new Set(findCitationMarkers(body).map((m) => m.ref));
  const [quotes, claims, documents, events] = await Promise.all([
    db().quote.findMany({ where: { briefId }, select: { ref: true, text: true } }),
    db().claim.findMany({ where: { briefId }, select: { ref: true, text: true } }),
    db().briefDocument.findMany({ where: { briefId }, select: { ref: true, documentId: true } }),
    db().event.findMany({ where: { briefId }, select: { ref: true, citations: { select: { documentId: true } } } }),
  ]);
  const ids = [
    ...documents.filter((d) => cited.has(d.ref)).map((d) => d.documentId),
    ...events.filter((e) => cited.has(e.ref)).flatMap((e) => e.citations.map((c) => c.documentId)),
  ];
  const texts = new Map(
    (await db().document.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, capturedText: true } })).map((d) => [
      d.id,
      d.capturedText,
    ]),
  );
  const words = new Map<string, string[]>([
    ...quotes.map((q): [string, string[]] => [q.ref, [q.text]]),
    ...claims.map((c): [string, string[]] => [c.ref, [c.text]]),
    ...documents.map((d): [string, string[]] => [d.ref, texts.has(d.documentId) ? [texts.get(d.documentId)!] : []]),
    ...events.map((e): [string, string[]] => [e.ref, e.citations.flatMap((c) => texts.get(c.documentId) ?? [])]),
  ]);
  return (ref) => words.get(ref);
}

/** The passages the checks refuse, each wrapped in a marked span, from the last so that offsets hold. */
function markPassages(body: string, problems: QuotationProblem[]): string {
  let marked = body;
  for (const p of [...problems].sort((a, b) => b.start - a.start)) {
    const title = p.code === "quotation_uncited" ? "In quotation marks with no citation" : `Not what ${p.itemRef} says`;
    marked = `${marked.slice(0, p.start)}<span class="quotation-problem" title="${title}">${marked.slice(p.start, p.end)}</span>${marked.slice(p.end)}`;
  }
  return marked;
}

export type PreviewBodyInput = UseCaseInput<typeof previewSchema>;
export type PreviewBodyResult = BodyPreview;

export async function previewBody(actor: Actor | null, input: PreviewBodyInput): Promise<PreviewBodyResult> {
  await db().$transaction((tx) => authorize(tx, actor, "desk.use"));
  const data = parseInput(previewSchema, input);
  const [refs, cited] = await Promise.all([briefRefs(data.briefId), citedWords(data.briefId, data.body)]);
  const problems = checkQuotations(data.body, cited);
  return {
    html: renderBody(markPassages(data.body, problems), refs),
    unresolved: unresolvedCitations(data.body, refs),
    quotations: problems.map(withoutOffsets),
  };
}
