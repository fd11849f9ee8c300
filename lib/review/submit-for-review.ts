// An editor sends a brief to review: a draft, or a published brief whose next version
// differs from what readers see. The automatic checks must pass (DESIGN rule 2), the
// version must be the one the editor saw (rule 5), and the content is frozen as the
// revision the review — and later the publication — is bound to by its hash (rule 4).
import { readVerdictMode } from "@/lib/verdicts/verdict-scale";
import { authorize } from "@/lib/auth/authorize";
import { can, type Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordRevision } from "@/lib/revisions/record-revision";
import { buildSnapshot } from "@/lib/revisions/snapshot";
import { parseInput } from "@/lib/validation";
import { submitForReviewSchema } from "./schemas";
import { assertTransition, type BriefState } from "./state-machine";
import { submitChecks } from "./submit-checks";

export type SubmitResult = {
  briefId: string;
  state: "in_review";
  reviewId: string;
  revision: { id: string; number: number; contentHash: string };
};

export async function submitForReview(actor: Actor | null, input: unknown): Promise<SubmitResult> {
  return db().$transaction((tx) => submitForReviewInTx(tx, actor, input));
}

/** The same, inside the caller's transaction (the demo seed uses it). */
export async function submitForReviewInTx(tx: Tx, actor: Actor | null, input: unknown): Promise<SubmitResult> {
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
      `This brief was saved again after you opened it (you had version ${data.baseVersion}, it is now at version ${brief.version}). Check the latest version, then submit it.`,
      {}, undefined, { version: brief.version },
    );
  }

  const { snapshot, contentHash } = await buildSnapshot(tx, brief.id);
  if (brief.state === "published") {
    const publication = brief.currentPublicationId
      ? await tx.publication.findUnique({ where: { id: brief.currentPublicationId }, select: { contentHash: true } })
      : null;
    if (publication?.contentHash === contentHash) {
      throw new AppError("conflict", "Nothing changed since this brief was published: there is nothing to review.");
    }
  }
  const checks = submitChecks(snapshot, { verdictRequired: (await readVerdictMode(tx)) === "scale" });
  if (!checks.ok) {
    throw new AppError("invalid", "This brief cannot be submitted yet.", { checks: checks.problems.map((p) => p.message) }, undefined, {
      problems: checks.problems,
    });
  }
  if (data.reviewerId) await assertReviewer(tx, data.reviewerId, me.id);

  const revision = await recordRevision(tx, { briefId: brief.id, authorId: me.id, briefVersion: brief.version });
  const review = await tx.review.create({
    data: { briefId: brief.id, revisionId: revision.id, reviewerId: data.reviewerId ?? null, submittedById: me.id, contentHash: revision.contentHash },
    select: { id: true },
  });
  await tx.brief.update({ where: { id: brief.id }, data: { state: toState } });
  await recordAudit(tx, {
    actorId: me.id, action: "brief.submit", entityType: "brief", entityId: brief.id, fromState: brief.state, toState,
    data: { reviewId: review.id, revision: revision.number, contentHash: revision.contentHash, reviewerId: data.reviewerId ?? null },
  });
  return { briefId: brief.id, state: "in_review", reviewId: review.id, revision: { id: revision.id, number: revision.number, contentHash: revision.contentHash } };
}

/** A named reviewer is an active desk user other than the submitter (four-eyes). */
async function assertReviewer(tx: Tx, reviewerId: string, submitterId: string): Promise<void> {
  const invalid = (message: string) => new AppError("invalid", "Please correct the highlighted fields.", { reviewerId: [message] });
  if (reviewerId === submitterId) throw invalid("Choose another editor: nobody reviews their own brief.");
  const reviewer = await tx.user.findUnique({ where: { id: reviewerId }, select: { active: true, role: true } });
  if (!reviewer?.active || !can(reviewer, "desk.use")) throw invalid("Choose an active editor of this desk.");
}
