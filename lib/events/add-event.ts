// An editor adds an event to a brief's timeline. It takes the next free ref (e<n>),
// is stored at the first day its date can mean, and cites at least one of the
// documents the brief cites.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { assertDocumentsCited, assertUsableSource } from "@/lib/briefs/item-guards";
import { nextRef } from "@/lib/briefs/refs";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { eventDates, readEventItem, type EventItem } from "./event-item";
import { addEventSchema } from "./schemas";

export { addEventSchema } from "./schemas";
export type AddEventInput = UseCaseInput<typeof addEventSchema>;
export type AddEventResult = { event: EventItem; version: number };

export async function addEvent(actor: Actor | null, input: AddEventInput, tx?: Tx): Promise<AddEventResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const data = parseInput(addEventSchema, input);
    const { result, version } = await editBrief(tx, { briefId: data.briefId, actorId: me.id }, async () => {
      await assertDocumentsCited(tx, data.briefId, data.documentIds, "documentIds");
      await assertUsableSource(tx, { sourceId: data.reportedById, field: "reportedById" });
      // The brief's row is locked by editBrief: two adds at once get different refs.
      const { body } = await tx.brief.findUniqueOrThrow({ where: { id: data.briefId }, select: { body: true } });
      const existing = await tx.event.findMany({ where: { briefId: data.briefId }, select: { ref: true, position: true } });
      const { id } = await tx.event.create({
        data: {
          briefId: data.briefId,
          ref: nextRef(
            "e",
            existing.map((e) => e.ref),
            body,
          ),
          position: Math.max(-1, ...existing.map((e) => e.position)) + 1,
          description: data.description,
          ...eventDates(data),
          place: data.place,
          planned: data.planned,
          reportedById: data.reportedById,
          citations: { create: [...new Set(data.documentIds)].map((documentId) => ({ documentId })) },
        },
        select: { id: true },
      });
      return readEventItem(tx, data.briefId, id);
    });
    return { event: result, version };
  });
}
