// A brief's quotes in the editor's order, each with its verification status and
// whether the body cites it.
import { inTransaction } from "@/lib/db/transaction";
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db, type Tx } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { readBriefBody } from "@/lib/briefs/cited-documents";
import { quoteItemSelect, toQuoteItem, type QuoteItem } from "./quote-item";
import { briefItemsSchema } from "./schemas";

export { briefItemsSchema } from "./schemas";
export type ListBriefQuotesInput = UseCaseInput<typeof briefItemsSchema>;
export type ListBriefQuotesResult = QuoteItem[];

export async function listBriefQuotes(actor: Actor | null, input: ListBriefQuotesInput, tx?: Tx): Promise<ListBriefQuotesResult> {
  return inTransaction(tx, async (tx) => {
    await authorize(tx, actor, "desk.use");
    const { briefId } = parseInput(briefItemsSchema, input);
    return readBriefQuotes(tx, briefId);
  });
}

export async function readBriefQuotes(tx: Tx, briefId: string): Promise<QuoteItem[]> {
  const body = await readBriefBody(tx, briefId);
  const rows = await tx.quote.findMany({
    where: { briefId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: quoteItemSelect(briefId),
  });
  return rows.map((row) => toQuoteItem(row, body));
}
