// Restoring a revision puts the brief back as it was then — its fields, quotes,
// events and cited documents — as a new revision; nothing in the history changes.
import { inTransaction } from "@/lib/db/transaction";
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { writeTopics } from "@/lib/briefs/brief-fields";
import { editBrief } from "@/lib/briefs/edit-brief";
import { type DatePrecision, type Tx, type VerificationStatus } from "@/lib/db/client";
import { parseIsoDay } from "@/lib/dates/precision";
import { AppError } from "@/lib/errors";
import { verifyQuote } from "@/lib/quotes/verify-quote";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { claimsOf, type BriefSnapshot } from "./snapshot";
import { readSnapshot } from "./read-snapshot";

export const restoreSchema = z.object({
  briefId: z.string().min(1),
  number: z.coerce.number().int().min(1),
  baseVersion: z.coerce.number().int().min(1),
});

const day = (iso: string | null) => (iso ? parseIsoDay(iso) : null);

async function putBack(tx: Tx, briefId: string, snapshot: BriefSnapshot) {
  const current = await tx.brief.findUniqueOrThrow({ where: { id: briefId }, select: { slug: true, currentPublicationId: true } });
  await tx.brief.update({
    where: { id: briefId },
    data: {
      title: snapshot.title,
      summary: snapshot.summary,
      body: snapshot.body,
      // A published brief keeps its address.
      slug: current.currentPublicationId ? current.slug : snapshot.slug,
    },
  });
  await writeTopics(
    tx,
    briefId,
    snapshot.topics.map((t) => t.name),
  );

  await tx.briefDocument.deleteMany({ where: { briefId } });
  await tx.briefDocument.createMany({
    data: snapshot.documents.filter((d) => d.ref).map((d) => ({ briefId, documentId: d.id, ref: d.ref! })),
  });
  const texts = new Map(
    (
      await tx.document.findMany({ where: { id: { in: snapshot.documents.map((d) => d.id) } }, select: { id: true, capturedText: true } })
    ).map((d) => [d.id, d.capturedText]),
  );
  await tx.quote.deleteMany({ where: { briefId } });
  for (const [position, q] of snapshot.quotes.entries()) {
    // Only a reviewer's hand check is kept; every other status is worked out again from the words.
    const automatic = q.verification !== "checked_by_hand";
    await tx.quote.create({
      data: {
        briefId,
        ref: q.ref,
        position,
        text: q.text,
        speakerName: q.speakerName,
        speakerTitle: q.speakerTitle,
        speakerSourceId: q.speakerSource?.id ?? null,
        documentId: q.documentId,
        saidOn: day(q.saidOn),
        saidOnPrecision: q.saidOnPrecision as DatePrecision | null,
        language: q.language,
        translationNote: q.translationNote,
        context: q.context,
        verification: automatic ? verifyQuote(q.text, texts.get(q.documentId) ?? "") : (q.verification as VerificationStatus),
      },
    });
  }
  await tx.event.deleteMany({ where: { briefId } });
  for (const [position, e] of snapshot.events.entries()) {
    await tx.event.create({
      data: {
        briefId,
        ref: e.ref,
        position,
        description: e.description,
        dateStart: parseIsoDay(e.dateStart),
        dateEnd: day(e.dateEnd),
        precision: e.precision as DatePrecision,
        dateLabel: e.dateLabel,
        place: e.place,
        planned: e.planned ?? false,
        reportedById: e.reportedBy?.id ?? null,
        citations: { create: e.documentIds.map((documentId) => ({ documentId })) },
      },
    });
  }
  // A rating deleted since cannot come back (ratings in any snapshot are never deleted, only retired).
  await tx.claim.deleteMany({ where: { briefId } });
  for (const [position, c] of claimsOf(snapshot).entries()) {
    await tx.claim.create({
      data: {
        briefId,
        ref: c.ref,
        position,
        text: c.text,
        quoted: c.quoted,
        speakerName: c.speakerName,
        speakerSourceId: c.speakerSource?.id ?? null,
        documentId: c.documentId,
        appearanceUrl: c.appearanceUrl,
        appearedOn: day(c.appearedOn),
        ratingId: c.verdict?.id ?? null,
        conclusion: c.conclusion,
      },
    });
  }
}

export type RestoreRevisionInput = UseCaseInput<typeof restoreSchema>;
export type RestoreRevisionResult = { version: number };

export async function restoreRevision(actor: Actor | null, input: RestoreRevisionInput, tx?: Tx): Promise<RestoreRevisionResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const data = parseInput(restoreSchema, input);
    const revision = await tx.revision.findUnique({
      where: { briefId_number: { briefId: data.briefId, number: data.number } },
      select: { snapshot: true },
    });
    if (!revision) throw new AppError("not_found", "There is no such revision.");
    const { version } = await editBrief(tx, { briefId: data.briefId, actorId: me.id, baseVersion: data.baseVersion }, () =>
      putBack(tx, data.briefId, readSnapshot(revision.snapshot)),
    );
    await recordAudit(tx, {
      actorId: me.id,
      action: "brief.restore_revision",
      entityType: "brief",
      entityId: data.briefId,
      data: { revision: data.number },
    });
    return { version };
  });
}
