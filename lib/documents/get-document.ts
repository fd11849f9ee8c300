// One document as the desk shows it: its metadata, its publisher with the labels
// readers see (reliability, state-affiliated), its captured text, every quote that
// cites it with the brief it belongs to, and the briefs it is attached to.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { toIsoDay } from "@/lib/dates/precision";
import { db, type Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { documentIdSchema } from "./schemas";

const DOCUMENT_DETAIL = {
  id: true,
  title: true,
  url: true,
  author: true,
  publishedOn: true,
  language: true,
  capturedText: true,
  contentHash: true,
  createdAt: true,
  addedBy: { select: { id: true, name: true } },
  source: {
    select: {
      id: true,
      name: true,
      kind: true,
      country: true,
      reliability: true,
      reliabilityRationale: true,
      stateAffiliated: true,
      confirmed: true,
      retiredAt: true,
    },
  },
  quotes: {
    select: {
      id: true,
      ref: true,
      text: true,
      speakerName: true,
      speakerTitle: true,
      verification: true,
      brief: { select: { id: true, title: true, slug: true } },
    },
    orderBy: [{ brief: { title: "asc" } }, { position: "asc" }],
  },
  briefs: { select: { ref: true, brief: { select: { id: true, title: true, slug: true } } }, orderBy: { brief: { title: "asc" } } },
} as const satisfies Prisma.DocumentSelect;

type Row = Prisma.DocumentGetPayload<{ select: typeof DOCUMENT_DETAIL }>;

export type DocumentDetail = Omit<Row, "publishedOn" | "briefs"> & {
  /** YYYY-MM-DD */
  publishedOn: string | null;
  /** the briefs the document is attached to, with its ref in each */
  briefs: { id: string; title: string; slug: string; ref: string }[];
};

export async function getDocument(actor: Actor | null, id: string): Promise<DocumentDetail> {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    const { documentId } = parseInput(documentIdSchema, { documentId: id });
    const row = await tx.document.findUnique({ where: { id: documentId }, select: DOCUMENT_DETAIL });
    if (!row) throw new AppError("not_found", "This document does not exist.");
    return {
      ...row,
      publishedOn: row.publishedOn ? toIsoDay(row.publishedOn) : null,
      briefs: row.briefs.map(({ ref, brief }) => ({ ...brief, ref })),
    };
  });
}
