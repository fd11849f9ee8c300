// A draft readers never saw can be deleted, by one of its authors or an admin, with an
// audit entry in the same transaction. A brief that was ever published (or scheduled)
// keeps its address and history: it is withdrawn instead, never deleted.
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

export const deleteDraftSchema = z.object({ briefId: z.string().min(1) });
export type DeleteDraftInput = z.input<typeof deleteDraftSchema>;
export type DeleteDraftResult = { briefId: string; title: string };

export async function deleteDraft(actor: Actor | null, input: DeleteDraftInput): Promise<DeleteDraftResult> {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const { briefId } = parseInput(deleteDraftSchema, input);
    const [brief] = await tx.$queryRaw<{ id: string; title: string; slug: string; state: string }[]>`
      SELECT id, title, slug, state::text AS state FROM "Brief" WHERE id = ${briefId} FOR UPDATE`;
    if (!brief) throw new AppError("not_found", "This brief no longer exists.");
    const author = await tx.briefAuthor.findUnique({ where: { briefId_userId: { briefId, userId: me.id } }, select: { userId: true } });
    if (!author && me.role !== "admin") throw new AppError("forbidden", "Only the brief's authors or an admin can delete it.");
    if ((await tx.publication.count({ where: { briefId } })) > 0) {
      throw new AppError(
        "conflict",
        "This brief has been published or scheduled: it keeps its address, so it can be withdrawn but not deleted.",
      );
    }
    if (brief.state !== "draft") {
      throw new AppError("conflict", "Only a draft can be deleted: this brief is with a reviewer. It returns to draft when you edit it.");
    }
    // Reviews point at revisions, which go with the brief: remove them first.
    await tx.review.deleteMany({ where: { briefId } });
    await tx.brief.delete({ where: { id: briefId } });
    await recordAudit(tx, {
      actorId: me.id,
      action: "brief.delete",
      entityType: "brief",
      entityId: briefId,
      fromState: brief.state,
      toState: null,
      data: { title: brief.title, slug: brief.slug },
    });
    return { briefId, title: brief.title };
  });
}
