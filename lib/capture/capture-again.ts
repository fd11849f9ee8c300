// "Capture again": fetches a captured document's page anew and stores what it says now
// as a NEW document, the next version of the old one (previousVersionId), with its
// own archived copy. Nothing is overwritten: quotes checked against the old capture
// keep pointing at it, and the desk shows what changed between the two.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sha256 } from "@/lib/revisions/content-hash";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { fetchAndRead, pageCaptureData, type CaptureOptions } from "./capture-page";
import { captureAgainSchema } from "./schemas";

export type CaptureAgainInput = UseCaseInput<typeof captureAgainSchema>;
export type RecapturedDocument = { id: string; previousVersionId: string; changed: boolean };

const LATEST_ONLY = "This document was captured again already: open its latest version to capture it again.";

export async function captureAgain(
  actor: Actor | null,
  input: CaptureAgainInput,
  options: CaptureOptions = {},
): Promise<RecapturedDocument> {
  const { documentId, address } = await db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    const { documentId } = parseInput(captureAgainSchema, input);
    const document = await tx.document.findUnique({
      where: { id: documentId },
      select: { url: true, nextVersion: { select: { id: true } }, pageCapture: { select: { requestedUrl: true } } },
    });
    if (!document) throw new AppError("not_found", "This document no longer exists.");
    if (document.nextVersion) throw new AppError("conflict", LATEST_ONLY);
    // the address the editor asked for, not where it redirected: a moved page is followed again
    const address = document.pageCapture?.requestedUrl ?? document.url;
    if (!address) throw new AppError("invalid", "This document has no web address to capture it from.");
    return { documentId, address };
  });

  const { page, reading } = await fetchAndRead(address, options);
  options.onStage?.("saving");
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    // locked so that two editors capturing again at once make one next version, not two
    const [previous] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Document" WHERE id = ${documentId} FOR UPDATE`;
    if (!previous) throw new AppError("not_found", "This document no longer exists.");
    const old = await tx.document.findUniqueOrThrow({
      where: { id: documentId },
      select: {
        sourceId: true,
        kind: true,
        recordMethod: true,
        recordedBy: true,
        url: true,
        title: true,
        author: true,
        publishedOn: true,
        language: true,
        contentHash: true,
        nextVersion: { select: { id: true } },
      },
    });
    const { nextVersion, contentHash: oldHash, ...fields } = old;
    if (nextVersion) throw new AppError("conflict", LATEST_ONLY);
    const contentHash = sha256(reading.text);
    const document = await tx.document.create({
      data: { ...fields, capturedText: reading.text, contentHash, addedById: me.id, previousVersionId: documentId },
      select: { id: true },
    });
    await tx.pageCapture.create({ data: { ...pageCaptureData(page, reading, me.id), documentId: document.id } });
    await recordAudit(tx, {
      actorId: me.id,
      action: "document.capture_again",
      entityType: "document",
      entityId: document.id,
      data: { previousVersionId: documentId, finalUrl: page.finalUrl, contentHash, changed: contentHash !== oldHash },
    });
    return { id: document.id, previousVersionId: documentId, changed: contentHash !== oldHash };
  });
}
