// Moves seeded briefs through the workflow the way the desk does, with the revision,
// review, publication and audit entries each step leaves behind, so that demo data
// looks exactly like data made by people.
import type { Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { recordRevision } from "@/lib/revisions/record-revision";

export async function submitForReview(tx: Tx, input: { briefId: string; authorId: string; reviewerId: string }) {
  const { version } = await tx.brief.findUniqueOrThrow({ where: { id: input.briefId }, select: { version: true } });
  const revision = await recordRevision(tx, { briefId: input.briefId, authorId: input.authorId, briefVersion: version });
  await tx.brief.update({ where: { id: input.briefId }, data: { state: "in_review" } });
  await recordAudit(tx, {
    actorId: input.authorId, action: "brief.submit", entityType: "brief", entityId: input.briefId,
    fromState: "draft", toState: "in_review", data: { revision: revision.number },
  });
  const review = await tx.review.create({
    data: { briefId: input.briefId, revisionId: revision.id, reviewerId: input.reviewerId, contentHash: revision.contentHash },
  });
  return { revision, review };
}

export async function approve(tx: Tx, input: { reviewId: string; reviewerId: string; message?: string }) {
  const review = await tx.review.findUniqueOrThrow({
    where: { id: input.reviewId },
    include: { revision: { select: { snapshot: true } } },
  });
  const snapshot = review.revision.snapshot as { quotes: { ref: string }[]; events: { ref: string }[] };
  await tx.reviewCheck.createMany({
    data: [
      ...snapshot.quotes.map((q) => ({ reviewId: review.id, itemKind: "quote" as const, itemRef: q.ref, checked: true })),
      ...snapshot.events.map((e) => ({ reviewId: review.id, itemKind: "event" as const, itemRef: e.ref, checked: true })),
    ],
  });
  await tx.review.update({
    where: { id: review.id },
    data: { decision: "approved", message: input.message ?? "", decidedAt: new Date() },
  });
  await tx.brief.update({ where: { id: review.briefId }, data: { state: "approved" } });
  await recordAudit(tx, {
    actorId: input.reviewerId, action: "brief.approve", entityType: "brief", entityId: review.briefId,
    fromState: "in_review", toState: "approved", data: { reviewId: review.id, contentHash: review.contentHash },
  });
  return review;
}

export async function publish(tx: Tx, input: { reviewId: string; publisherId: string; publishedAt?: Date }) {
  const review = await tx.review.findUniqueOrThrow({ where: { id: input.reviewId }, include: { revision: true } });
  const count = await tx.publication.count({ where: { briefId: review.briefId } });
  const publication = await tx.publication.create({
    data: {
      briefId: review.briefId,
      revisionId: review.revisionId,
      reviewId: review.id,
      version: count + 1,
      snapshot: review.revision.snapshot ?? {},
      contentHash: review.revision.contentHash,
      publishedById: input.publisherId,
      publishedAt: input.publishedAt ?? new Date(),
    },
  });
  await tx.brief.update({ where: { id: review.briefId }, data: { state: "published", currentPublicationId: publication.id } });
  await recordAudit(tx, {
    actorId: input.publisherId, action: "brief.publish", entityType: "brief", entityId: review.briefId,
    fromState: "approved", toState: "published", data: { publicationId: publication.id, version: publication.version },
  });
  return publication;
}
