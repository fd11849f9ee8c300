// What the desk's document page shows of a captured document: its archived copy, the
// versions before and after it ("Capture again"), and what changed since the previous
// capture, word by word.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { wordDiff, type WordDiff } from "./word-diff";

export type CaptureHistory = {
  capture: { finalUrl: string; fetchedAt: Date; status: number; contentType: string } | null;
  /** a web address to capture again from */
  canCaptureAgain: boolean;
  previousVersion: { id: string; createdAt: Date; quoteCount: number } | null;
  nextVersion: { id: string; createdAt: Date } | null;
  /** the change from the previous version's text to this one's */
  changes: WordDiff | null;
};

export async function getCaptureHistory(actor: Actor | null, documentId: string): Promise<CaptureHistory> {
  const row = await db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    return tx.document.findUnique({
      where: { id: documentId },
      select: {
        url: true,
        capturedText: true,
        pageCapture: { select: { finalUrl: true, fetchedAt: true, status: true, contentType: true } },
        previousVersion: { select: { id: true, createdAt: true, capturedText: true, _count: { select: { quotes: true } } } },
        nextVersion: { select: { id: true, createdAt: true } },
      },
    });
  });
  if (!row) return { capture: null, canCaptureAgain: false, previousVersion: null, nextVersion: null, changes: null };
  const previous = row.previousVersion;
  return {
    capture: row.pageCapture,
    canCaptureAgain: row.nextVersion === null && (row.pageCapture !== null || row.url !== null),
    previousVersion: previous && { id: previous.id, createdAt: previous.createdAt, quoteCount: previous._count.quotes },
    nextVersion: row.nextVersion,
    changes: previous ? wordDiff(previous.capturedText, row.capturedText) : null,
  };
}
