// The desk's preview of a brief as readers would see it: the current state, or any
// revision.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { buildSnapshot } from "@/lib/revisions/snapshot";
import { readSnapshot } from "@/lib/revisions/read-snapshot";

export async function getBriefPreview(actor: Actor | null, input: { briefId: string; revision?: number }) {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    if (input.revision === undefined) {
      const brief = await tx.brief.findUnique({ where: { id: input.briefId }, select: { id: true } });
      if (!brief) throw new AppError("not_found", "There is no such brief.");
      return { snapshot: (await buildSnapshot(tx, input.briefId)).snapshot, revision: null };
    }
    const revision = await tx.revision.findUnique({
      where: { briefId_number: { briefId: input.briefId, number: input.revision } },
      select: { snapshot: true, number: true, savedAt: true, author: { select: { name: true } } },
    });
    if (!revision) throw new AppError("not_found", "There is no such revision.");
    return {
      snapshot: readSnapshot(revision.snapshot),
      revision: { number: revision.number, savedAt: revision.savedAt, author: revision.author.name },
    };
  });
}
