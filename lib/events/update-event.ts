// An editor changes an event: what happened, when, where, who reports it and the
// documents that cite it (replaced as a whole). An empty label is generated afresh
// from the new date, so a generated label never goes stale.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import type { Tx } from "@/lib/db/client";
import { assertDocumentsCited, assertNotStale, assertUsableSource } from "@/lib/briefs/item-guards";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { eventDates, findBriefEvent, readEventItem, type EventItem } from "./event-item";
import { updateEventSchema } from "./schemas";

export { updateEventSchema } from "./schemas";
export type UpdateEventInput = UseCaseInput<typeof updateEventSchema>;
export type UpdateEventResult = { event: EventItem; version: number };

export async function updateEvent(actor: Actor | null, input: UpdateEventInput, tx?: Tx): Promise<UpdateEventResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const data = parseInput(updateEventSchema, input);
    const { result, version } = await editBrief(tx, { briefId: data.briefId, actorId: me.id }, async () => {
      const event = await findBriefEvent(tx, data.briefId, data.eventId);
      assertNotStale(event, data.baseUpdatedAt, "event");
      await assertDocumentsCited(tx, data.briefId, data.documentIds, "documentIds");
      await assertUsableSource(tx, { sourceId: data.reportedById, keptFrom: event.reportedById, field: "reportedById" });
      await tx.eventCitation.deleteMany({ where: { eventId: event.id } });
      await tx.event.update({
        where: { id: event.id },
        data: {
          description: data.description,
          ...eventDates(data),
          place: data.place,
          planned: data.planned,
          reportedById: data.reportedById,
          citations: { create: [...new Set(data.documentIds)].map((documentId) => ({ documentId })) },
        },
        select: { id: true },
      });
      return readEventItem(tx, data.briefId, event.id);
    });
    return { event: result, version };
  });
}
