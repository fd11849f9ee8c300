// An editor moves a quote one place up or down the brief's list of quotes: it swaps
// places with its neighbour. Positions are rewritten 0, 1, 2, … as they go, so gaps
// left by removed quotes close.
import { inTransaction } from "@/lib/db/transaction";
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { findBriefQuote } from "./quote-item";
import { moveQuoteSchema } from "./schemas";

export { moveQuoteSchema } from "./schemas";
export type MoveQuoteInput = UseCaseInput<typeof moveQuoteSchema>;
export type MoveQuoteResult = { ref: string; position: number; version: number };

export async function moveQuote(actor: Actor | null, input: MoveQuoteInput, tx?: Tx): Promise<MoveQuoteResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const data = parseInput(moveQuoteSchema, input);
    const { result, version } = await editBrief(tx, { briefId: data.briefId, actorId: me.id }, async () => {
      const quote = await findBriefQuote(tx, data.briefId, data.quoteId);
      const order = await tx.quote.findMany({
        where: { briefId: data.briefId },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: { id: true, position: true },
      });
      const from = order.findIndex((q) => q.id === quote.id);
      const to = from + (data.direction === "up" ? -1 : 1);
      // Refused rather than saved as a no-op, so the version and history stay as they were.
      if (to < 0) throw new AppError("conflict", `Quote ${quote.ref} is already the first.`);
      if (to >= order.length) throw new AppError("conflict", `Quote ${quote.ref} is already the last.`);
      [order[from], order[to]] = [order[to]!, order[from]!];
      for (const [position, q] of order.entries()) {
        if (q.position !== position) await tx.quote.update({ where: { id: q.id }, data: { position }, select: { id: true } });
      }
      return { ref: quote.ref, position: to };
    });
    return { ...result, version };
  });
}
