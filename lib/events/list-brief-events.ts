// A brief's events in timeline order (see timeline-order.ts), each with its label and
// the documents that cite it.
import { inTransaction } from "@/lib/db/transaction";
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db, type Tx } from "@/lib/db/client";
import { readBriefBody } from "@/lib/briefs/cited-documents";
import { briefItemsSchema } from "@/lib/quotes/schemas";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { eventItemSelect, toEventItem, type EventItem } from "./event-item";
import { inTimelineOrder } from "./timeline-order";

export { briefItemsSchema } from "@/lib/quotes/schemas";
export type ListBriefEventsInput = UseCaseInput<typeof briefItemsSchema>;
export type ListBriefEventsResult = EventItem[];

export async function listBriefEvents(actor: Actor | null, input: ListBriefEventsInput, tx?: Tx): Promise<ListBriefEventsResult> {
  return inTransaction(tx, async (tx) => {
    await authorize(tx, actor, "desk.use");
    const { briefId } = parseInput(briefItemsSchema, input);
    return readBriefEvents(tx, briefId);
  });
}

export async function readBriefEvents(tx: Tx, briefId: string): Promise<EventItem[]> {
  const body = await readBriefBody(tx, briefId);
  const rows = await tx.event.findMany({ where: { briefId }, orderBy: { position: "asc" }, select: eventItemSelect(briefId) });
  return inTimelineOrder(rows.map((row) => toEventItem(row, body)));
}
