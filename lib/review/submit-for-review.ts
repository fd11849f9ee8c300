// An editor sends a brief to review: a draft, or a published brief whose next version
// differs from what readers see. The automatic checks must pass (DESIGN rule 2), the
// version must be the one the editor saw (rule 5), and the content is frozen as the
// revision the review — and later the publication — is bound to by its hash (rule 4).
import { readVerdictMode } from "@/lib/verdicts/verdict-scale";
import { authorize } from "@/lib/auth/authorize";
import { can, type Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { findCitationMarkers } from "@/lib/briefs/citations";
import { savesSince } from "@/lib/briefs/edit-brief";
import { verifyQuote } from "@/lib/quotes/verify-quote";
import { recordRevision } from "@/lib/revisions/record-revision";
import { buildSnapshot, type BriefSnapshot } from "@/lib/revisions/snapshot";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { submitForReviewSchema } from "./schemas";
import { assertTransition, type BriefState } from "./state-machine";
import { submitChecks, type SubmitProblem } from "./submit-checks";

export { submitForReviewSchema } from "./schemas";
export type SubmitResult = {
  briefId: string;
  state: "in_review";
  reviewId: string;
  revision: { id: string; number: number; contentHash: string };
  /** what the author should know but does not block: altered quotes */
  warnings: SubmitProblem[];
};

export type SubmitForReviewInput = UseCaseInput<typeof submitForReviewSchema>;

export async function submitForReview(actor: Actor | null, input: SubmitForReviewInput, tx?: Tx): Promise<SubmitResult> {
  return inTransaction(tx, (tx) => submitIn(tx, actor, input));
}

async function submitIn(tx: Tx, actor: Actor | null, input: SubmitForReviewInput): Promise<SubmitResult> {
  const me = await authorize(tx, actor, "desk.use");
  const data = parseInput(submitForReviewSchema, input);

  // Two submits of one brief queue here; the second sees it in review and is refused.
  const [brief] = await tx.$queryRaw<{ id: string; state: BriefState; version: number; currentPublicationId: string | null }[]>`
    SELECT id, state::text AS state, version, "currentPublicationId" FROM "Brief" WHERE id = ${data.briefId} FOR UPDATE`;
  if (!brief) throw new AppError("not_found", "This brief no longer exists.");
  const toState = assertTransition(brief.state, "submit");
  if (brief.version !== data.baseVersion) {
    throw new AppError(
      "conflict",
      `This brief was saved again after you opened it (${savesSince(data.baseVersion, brief.version)}). Check the latest revision, then submit it.`,
      {},
      undefined,
      { version: brief.version },
    );
  }

  await refreshVerifications(tx, brief.id);
  const { snapshot, contentHash } = await buildSnapshot(tx, brief.id);
  if (brief.state === "published") {
    const publication = brief.currentPublicationId
      ? await tx.publication.findUnique({ where: { id: brief.currentPublicationId }, select: { contentHash: true } })
      : null;
    if (publication?.contentHash === contentHash) {
      throw new AppError("conflict", "Nothing changed since this brief was published: there is nothing to review.");
    }
  }
  const checks = submitChecks(snapshot, {
    verdictRequired: (await readVerdictMode(tx)) === "scale",
    documentTexts: await documentTexts(tx, snapshot),
  });
  if (!checks.ok) {
    throw new AppError("invalid", "This brief cannot be submitted yet.", { checks: checks.problems.map((p) => p.message) }, undefined, {
      problems: checks.problems,
    });
  }
  if (data.reviewerId) await assertReviewer(tx, data.reviewerId, me.id);

  const revision = await recordRevision(tx, { briefId: brief.id, authorId: me.id, briefVersion: brief.version });
  const review = await tx.review.create({
    data: {
      briefId: brief.id,
      revisionId: revision.id,
      reviewerId: data.reviewerId ?? null,
      submittedById: me.id,
      contentHash: revision.contentHash,
    },
    select: { id: true },
  });
  await tx.brief.update({ where: { id: brief.id }, data: { state: toState } });
  await recordAudit(tx, {
    actorId: me.id,
    action: "brief.submit",
    entityType: "brief",
    entityId: brief.id,
    fromState: brief.state,
    toState,
    data: { reviewId: review.id, revision: revision.number, contentHash: revision.contentHash, reviewerId: data.reviewerId ?? null },
  });
  return {
    briefId: brief.id,
    state: "in_review",
    reviewId: review.id,
    revision: { id: revision.id, number: revision.number, contentHash: revision.contentHash },
    warnings: checks.warnings,
  };
}

/**
 * Each quote's status checked again against its document now, whatever wrote it (the
 * desk, the API, a script writing rows), so what is frozen for review says what the
 * source text says (DESIGN rule 7).
 */
async function refreshVerifications(tx: Tx, briefId: string): Promise<void> {
  const quotes = await tx.quote.findMany({
    where: { briefId },
    select: { id: true, text: true, verification: true, document: { select: { capturedText: true } } },
  });
  for (const quote of quotes) {
    const status = verifyQuote(quote.text, quote.document.capturedText);
    if (status !== quote.verification) await tx.quote.update({ where: { id: quote.id }, data: { verification: status } });
  }
}

/** The captured texts of the documents that body markers cite, directly or through an event. */
async function documentTexts(tx: Tx, snapshot: BriefSnapshot): Promise<Map<string, string>> {
  const cited = new Set(findCitationMarkers(snapshot.body).map((m) => m.ref));
  const ids = [
    ...new Set([
      ...snapshot.documents.flatMap((d) => (d.ref && cited.has(d.ref) ? [d.id] : [])),
      ...snapshot.events.flatMap((e) => (cited.has(e.ref) ? e.documentIds : [])),
    ]),
  ];
  const rows = await tx.document.findMany({ where: { id: { in: ids } }, select: { id: true, capturedText: true } });
  return new Map(rows.map((r) => [r.id, r.capturedText]));
}

/** A named reviewer is an active desk user other than the submitter (four-eyes). */
async function assertReviewer(tx: Tx, reviewerId: string, submitterId: string): Promise<void> {
  const invalid = (message: string) => new AppError("invalid", "Please correct the highlighted fields.", { reviewerId: [message] });
  if (reviewerId === submitterId) throw invalid("Choose another editor: nobody reviews their own brief.");
  const reviewer = await tx.user.findUnique({ where: { id: reviewerId }, select: { active: true, role: true } });
  if (!reviewer?.active || !can(reviewer, "desk.use")) throw invalid("Choose an active editor of this desk.");
}
