// An editor removes a quote. If the body still has its marker, the removal goes
// ahead but the editor is told that the marker now points at nothing (it will block
// submission until the body is fixed: DESIGN rule 2). Its ref is not handed to the
// next quote while the marker is there (see next-ref.ts).
import { inTransaction } from "@/lib/db/transaction";
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import type { Tx } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { bodyCites } from "@/lib/briefs/refs";
import { findBriefQuote } from "./quote-item";
import { removeQuoteSchema } from "./schemas";

export { removeQuoteSchema } from "./schemas";
export type RemoveQuoteInput = UseCaseInput<typeof removeQuoteSchema>;
export type RemoveQuoteResult = { ref: string; version: number; warning: string | null };

export async function removeQuote(actor: Actor | null, input: RemoveQuoteInput, tx?: Tx): Promise<RemoveQuoteResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const data = parseInput(removeQuoteSchema, input);
    const { result, version } = await editBrief(tx, { briefId: data.briefId, actorId: me.id }, async () => {
      const quote = await findBriefQuote(tx, data.briefId, data.quoteId);
      await tx.quote.delete({ where: { id: quote.id }, select: { id: true } });
      const { body } = await tx.brief.findUniqueOrThrow({ where: { id: data.briefId }, select: { body: true } });
      return { ref: quote.ref, warning: bodyCites(body, quote.ref) ? danglingMarker(quote.ref) : null };
    });
    return { ...result, version };
  });
}

export function danglingMarker(ref: string): string {
  return `The body still cites [@${ref}], which now points at nothing: remove the marker or point it at another item before submitting.`;
}
