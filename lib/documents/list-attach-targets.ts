// The briefs a document can be attached to, for the document page's "Attach to a
// brief": the briefs the actor may edit (any brief not withdrawn: editBrief refuses
// a withdrawn one) that do not cite the document yet, most recently changed first.
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { idSchema } from "@/lib/quotes/schemas";
import { parseInput, type UseCaseInput } from "@/lib/validation";

export const ATTACH_TARGETS_LIMIT = 100;

export const listAttachTargetsSchema = z.object({ documentId: idSchema("Choose a document.") });

export type AttachTarget = { id: string; title: string; state: string };

export type ListAttachTargetsInput = UseCaseInput<typeof listAttachTargetsSchema>;

export async function listAttachTargets(actor: Actor | null, input: ListAttachTargetsInput, tx?: Tx): Promise<AttachTarget[]> {
  return inTransaction(tx, async (tx) => {
    await authorize(tx, actor, "desk.use");
    const { documentId } = parseInput(listAttachTargetsSchema, input);
    const briefs = await tx.brief.findMany({
      where: { state: { not: "withdrawn" }, documents: { none: { documentId } } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: ATTACH_TARGETS_LIMIT,
      select: { id: true, title: true, state: true },
    });
    return briefs.map((b) => ({ ...b, title: b.title || "Untitled brief" }));
  });
}
