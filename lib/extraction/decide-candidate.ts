// An editor accepts or rejects one candidate. Accepting makes the item through the
// use case that owns it — addQuote and addEvent (which keep their rules: the next
// ref, the version bump, back to draft, a revision) or proposeSource — in the same
// transaction as the decision, so both happen or neither. Rejecting only records the
// decision. Either way the candidate is never proposed again, and a candidate that
// someone decided meanwhile is refused (a stale accept), with nothing changed.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { Prisma, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { addEvent, type AddEventInput } from "@/lib/events/add-event";
import { addQuote, type AddQuoteInput } from "@/lib/quotes/add-quote";
import { proposeSource, type ProposeSourceInput } from "@/lib/sources/propose-source";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { loadDocumentCandidates, openCandidate } from "./document-candidates";
import { acceptCandidateSchema, decideCandidateSchema } from "./schemas";

export { acceptCandidateSchema, decideCandidateSchema } from "./schemas";
export type AcceptCandidateInput = UseCaseInput<typeof acceptCandidateSchema>;
export type RejectCandidateInput = UseCaseInput<typeof decideCandidateSchema>;

export type Decision = {
  candidateKey: string;
  decision: "accepted" | "rejected";
  itemRef: string | null;
  kind: "quote" | "label" | "event" | "source";
};

/** Two editors deciding one candidate at once: the unique index lets one through, the other is told. */
async function once<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (
      error instanceof Prisma.PrismaClientKnownRequestError &&
      error.code === "P2002" &&
      String(error.meta?.modelName ?? error.message).includes("ExtractionDecision")
    ) {
      throw new AppError(
        "conflict",
        "Someone else decided this candidate a moment ago. Nothing was changed: reload to see the list as it is now.",
      );
    }
    throw error;
  }
}

async function record(tx: Tx, actorId: string, input: { briefId: string; documentId: string; candidateKey: string }, decision: Decision) {
  await tx.extractionDecision.create({
    data: { ...input, decision: decision.decision, itemRef: decision.itemRef, decidedById: actorId },
  });
  await recordAudit(tx, {
    actorId,
    action: `extraction.${decision.decision === "accepted" ? "accept" : "reject"}`,
    entityType: "brief",
    entityId: input.briefId,
    data: { documentId: input.documentId, candidateKey: input.candidateKey, kind: decision.kind, itemRef: decision.itemRef },
  });
}

export async function acceptCandidate(actor: Actor | null, input: AcceptCandidateInput, tx?: Tx): Promise<Decision> {
  return once(() =>
    inTransaction(tx, async (tx) => {
      const me = await authorize(tx, actor, "desk.use");
      const { briefId, documentId, candidateKey, fields } = parseInput(acceptCandidateSchema, input);
      const candidate = openCandidate(await loadDocumentCandidates(tx, briefId, documentId), candidateKey);
      let itemRef: string;
      if (candidate.kind === "quote" || candidate.kind === "label") {
        // the fields as the editor left them: addQuote, addEvent and proposeSource parse them
        itemRef = (await addQuote(me, { ...fields, briefId, documentId } as AddQuoteInput, tx)).quote.ref;
      } else if (candidate.kind === "event") {
        itemRef = (await addEvent(me, { ...fields, briefId, documentIds: [documentId] } as AddEventInput, tx)).event.ref;
      } else {
        itemRef = (await proposeSource(me, fields as ProposeSourceInput, tx)).id;
      }
      const decision: Decision = { candidateKey, decision: "accepted", itemRef, kind: candidate.kind };
      await record(tx, me.id, { briefId, documentId, candidateKey }, decision);
      return decision;
    }),
  );
}

export async function rejectCandidate(actor: Actor | null, input: RejectCandidateInput, tx?: Tx): Promise<Decision> {
  return once(() =>
    inTransaction(tx, async (tx) => {
      const me = await authorize(tx, actor, "desk.use");
      const { briefId, documentId, candidateKey } = parseInput(decideCandidateSchema, input);
      const candidate = openCandidate(await loadDocumentCandidates(tx, briefId, documentId), candidateKey);
      const decision: Decision = { candidateKey, decision: "rejected", itemRef: null, kind: candidate.kind };
      await record(tx, me.id, { briefId, documentId, candidateKey }, decision);
      return decision;
    }),
  );
}
