// An editor removes an event from the timeline. If the body still has its marker,
// the removal goes ahead but the editor is told that the marker now points at nothing.
import { inTransaction } from "@/lib/db/transaction";
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import type { Tx } from "@/lib/db/client";
import { bodyCites } from "@/lib/briefs/refs";
import { danglingMarker } from "@/lib/quotes/remove-quote";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { findBriefEvent } from "./event-item";
import { removeEventSchema } from "./schemas";

export { removeEventSchema } from "./schemas";
export type RemoveEventInput = UseCaseInput<typeof removeEventSchema>;
export type RemoveEventResult = { ref: string; version: number; warning: string | null };

export async function removeEvent(actor: Actor | null, input: RemoveEventInput, tx?: Tx): Promise<RemoveEventResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const data = parseInput(removeEventSchema, input);
    const { result, version } = await editBrief(tx, { briefId: data.briefId, actorId: me.id }, async () => {
      const event = await findBriefEvent(tx, data.briefId, data.eventId);
      await tx.event.delete({ where: { id: event.id }, select: { id: true } });
      const { body } = await tx.brief.findUniqueOrThrow({ where: { id: data.briefId }, select: { body: true } });
      return { ref: event.ref, warning: bodyCites(body, event.ref) ? danglingMarker(event.ref) : null };
    });
    return { ...result, version };
  });
}
