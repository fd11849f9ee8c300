// A capture is kept as the page was fetched (up to 5 MB) while its editor reviews the
// proposal; one that never becomes a document would otherwise stay for good. Each new
// capture forgets the unsaved ones that can no longer matter: any older than a day,
// and an editor's own beyond the newest few.
import type { Tx } from "@/lib/db/client";

export const UNSAVED_CAPTURE_TTL_MS = 24 * 60 * 60 * 1000;
/** Unsaved captures an editor keeps at once: enough for tabs opened side by side. */
export const UNSAVED_CAPTURES_PER_EDITOR = 20;

/** Deletes stale unsaved captures, keeping `editorId`'s newest ones; returns how many went. */
export async function forgetUnsavedCaptures(tx: Tx, editorId: string, now = new Date()): Promise<number> {
  const expired = await tx.pageCapture.deleteMany({
    where: { documentId: null, createdAt: { lt: new Date(now.getTime() - UNSAVED_CAPTURE_TTL_MS) } },
  });
  const surplus = await tx.pageCapture.findMany({
    where: { documentId: null, capturedById: editorId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: UNSAVED_CAPTURES_PER_EDITOR,
    select: { id: true },
  });
  if (surplus.length === 0) return expired.count;
  const dropped = await tx.pageCapture.deleteMany({ where: { id: { in: surplus.map((c) => c.id) } } });
  return expired.count + dropped.count;
}
