// An editor withdraws a published brief with a public reason: the brief's page keeps
// its URL and shows the reason instead of disappearing, and it leaves the lists.
// A withdrawn brief can no longer be edited or published.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { withdrawBriefSchema } from "./schemas";

export async function withdrawBrief(actor: Actor | null, input: unknown): Promise<{ briefId: string; withdrawnAt: Date }> {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const { briefId, reason } = parseInput(withdrawBriefSchema, input);
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Brief" WHERE id = ${briefId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("not_found", "This brief no longer exists.");
    const { state } = await tx.brief.findUniqueOrThrow({ where: { id: briefId }, select: { state: true } });
    if (state === "withdrawn") throw new AppError("conflict", "This brief was already withdrawn.");
    if (state !== "published") throw new AppError("conflict", "Only a published brief can be withdrawn.");

    const withdrawnAt = new Date();
    await tx.brief.update({ where: { id: briefId }, data: { state: "withdrawn", withdrawnAt, withdrawnReason: reason } });
    await recordAudit(tx, {
      actorId: me.id, action: "brief.withdraw", entityType: "brief", entityId: briefId,
      fromState: "published", toState: "withdrawn", data: { reason },
    });
    return { briefId, withdrawnAt };
  });
}
