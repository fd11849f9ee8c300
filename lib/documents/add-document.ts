// An editor stores a piece of source material: pasted or uploaded text with who
// published it and when. The captured text is stored exactly as given, with the
// sha-256 of exactly that text, because quotes are verified against it. With a
// brief, the document is attached to it in the same transaction: both or neither.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseIsoDay } from "@/lib/dates/precision";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { sha256 } from "@/lib/revisions/content-hash";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { attachDocument } from "./attach-document";
import { addDocumentSchema } from "./schemas";

export { addDocumentSchema } from "./schemas";
export type AddDocumentInput = UseCaseInput<typeof addDocumentSchema>;
/** What a refused duplicate carries (AppError.details): the document that holds this text already. */
export type DuplicateDocument = { duplicateOf: { id: string; title: string; publisher: string; ref: string | null } };

export type AddedDocument = { id: string; title: string; contentHash: string; briefId: string | null; ref: string | null };

function publisherError(message: string): AppError {
  return new AppError("invalid", "Please correct the highlighted fields.", { sourceId: [message] });
}

/** The publisher must exist and not be retired; its row is held until commit so it cannot be deleted meanwhile. */
async function checkPublisher(tx: Tx, sourceId: string): Promise<void> {
  const [source] = await tx.$queryRaw<{ retiredAt: Date | null }[]>`
    SELECT "retiredAt" FROM "Source" WHERE id = ${sourceId} FOR SHARE`;
  if (!source) throw publisherError("This publisher is not in the registry. Choose one from the list.");
  if (source.retiredAt) throw publisherError("This publisher is retired. Choose another.");
}

/**
 * The text of a page this editor captured and has not saved yet; its row is locked
 * until commit so that one capture becomes one document.
 */
async function takeCapture(tx: Tx, captureId: string, actorId: string): Promise<string> {
  const [capture] = await tx.$queryRaw<{ text: string; documentId: string | null; capturedById: string | null }[]>`
    SELECT text, "documentId", "capturedById" FROM "PageCapture" WHERE id = ${captureId} FOR UPDATE`;
  const refuse = (message: string) => new AppError("invalid", "Please correct the highlighted fields.", { url: [message] });
  if (!capture || capture.capturedById !== actorId) throw refuse("This capture is not available: capture the page again.");
  if (capture.documentId) throw refuse("This capture was saved as a document already: capture the page again for a new one.");
  return capture.text;
}

/**
 * The same text twice is one document: a text whose sha-256 is stored already is
 * refused, and the refusal names the document that holds it, for the form to offer
 * attaching that one instead. Two adds of one text at once take turns on its hash.
 */
async function refuseDuplicate(tx: Tx, contentHash: string, briefId: string | null): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`document:${contentHash}`}, 0))`;
  const existing = await tx.document.findFirst({
    where: { contentHash },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      source: { select: { name: true } },
      briefs: { where: { briefId: briefId ?? "" }, select: { ref: true } },
    },
  });
  if (!existing) return;
  const ref = existing.briefs[0]?.ref ?? null;
  const where = ref ? ` and this brief cites it already as [@${ref}]` : "";
  const message = `This exact text is stored already, as “${existing.title}”${where}: attach that document instead of adding it again.`;
  const details: DuplicateDocument = { duplicateOf: { id: existing.id, title: existing.title, publisher: existing.source.name, ref } };
  throw new AppError("conflict", message, { capturedText: [message] }, undefined, details);
}

export async function addDocument(actor: Actor | null, input: AddDocumentInput, tx?: Tx): Promise<AddedDocument> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const data = parseInput(addDocumentSchema, input);
    await checkPublisher(tx, data.sourceId);
    const capturedText = data.captureId ? await takeCapture(tx, data.captureId, me.id) : data.capturedText;
    const contentHash = sha256(capturedText);
    await refuseDuplicate(tx, contentHash, data.briefId ?? null);

    const document = await tx.document.create({
      data: {
        sourceId: data.sourceId,
        kind: data.kind,
        recordMethod: data.recordMethod,
        recordedBy: data.recordedBy,
        url: data.url ?? null,
        title: data.title,
        author: data.author ?? null,
        publishedOn: data.publishedOn ? parseIsoDay(data.publishedOn) : null,
        language: data.language,
        capturedText,
        contentHash,
        addedById: me.id,
      },
      select: { id: true, title: true, contentHash: true },
    });
    if (data.captureId) await tx.pageCapture.update({ where: { id: data.captureId }, data: { documentId: document.id } });
    await recordAudit(tx, {
      actorId: me.id,
      action: "document.add",
      entityType: "document",
      entityId: document.id,
      data: {
        title: document.title,
        sourceId: data.sourceId,
        kind: data.kind,
        contentHash: document.contentHash,
        ...(data.fileName && { fileName: data.fileName }),
        ...(data.captureId && { captureId: data.captureId }),
      },
    });
    if (!data.briefId) return { ...document, briefId: null, ref: null };

    const ref = await attachDocument(actor, { briefId: data.briefId, documentId: document.id }, tx);
    return { ...document, briefId: data.briefId, ref };
  });
}
