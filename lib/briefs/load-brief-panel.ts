// What the brief editor's side panel lists: the brief's documents, quotes, events and
// claims, each in a line or two.
// Never a document's text: the panel reads one document at a time (openPanelDocument).
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type BriefPanel = {
  documents: { id: string; ref: string; title: string; publisher: string; length: number }[];
  quotes: { ref: string; text: string; speakerName: string; verification: string; documentRef: string | null }[];
  events: { ref: string; dateLabel: string; description: string }[];
  claims: { ref: string; text: string; speakerName: string }[];
};

/** The most of each kind listed: a brief rarely has more; the items page lists them all. */
export const PANEL_LIST_LIMIT = 200;

export async function loadBriefPanel(actor: Actor | null, briefId: string): Promise<BriefPanel> {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    const brief = await tx.brief.findUnique({
      where: { id: briefId },
      select: {
        documents: {
          orderBy: { ref: "asc" },
          take: PANEL_LIST_LIMIT,
          select: { ref: true, documentId: true, document: { select: { title: true, source: { select: { name: true } } } } },
        },
        quotes: {
          orderBy: { position: "asc" },
          take: PANEL_LIST_LIMIT,
          select: { ref: true, text: true, speakerName: true, verification: true, documentId: true },
        },
        events: { orderBy: { dateStart: "asc" }, take: PANEL_LIST_LIMIT, select: { ref: true, dateLabel: true, description: true } },
        claims: { orderBy: { position: "asc" }, take: PANEL_LIST_LIMIT, select: { ref: true, text: true, speakerName: true } },
      },
    });
    if (!brief) throw new AppError("not_found", "There is no such brief.");
    // the length without reading the texts
    const lengths = await tx.$queryRaw<{ id: string; length: number }[]>`
      SELECT d.id, char_length(d."capturedText")::int AS length FROM "Document" d
      JOIN "BriefDocument" bd ON bd."documentId" = d.id WHERE bd."briefId" = ${briefId}`;
    const lengthOf = new Map(lengths.map((row) => [row.id, row.length]));
    const refOf = new Map(brief.documents.map((d) => [d.documentId, d.ref]));
    return {
      documents: brief.documents.map((d) => ({
        id: d.documentId,
        ref: d.ref,
        title: d.document.title,
        publisher: d.document.source.name,
        length: lengthOf.get(d.documentId) ?? 0,
      })),
      quotes: brief.quotes.map(({ documentId, ...q }) => ({ ...q, documentRef: refOf.get(documentId) ?? null })),
      events: brief.events,
      claims: brief.claims,
    };
  });
}
