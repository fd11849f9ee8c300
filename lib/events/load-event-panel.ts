// Everything the event panel of the brief editor shows, in one call for the page:
// the props of components/events/event-panel.tsx except its actions.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { readCitedDocuments, type CitedDocument } from "@/lib/briefs/cited-documents";
import { listSourceOptions, type SourceOption } from "@/lib/sources/source-options";
import type { EventItem } from "./event-item";
import { readBriefEvents } from "./list-brief-events";

export type EventPanelData = {
  briefId: string;
  /** in timeline order */
  events: EventItem[];
  documents: CitedDocument[];
  /** who may be named as reporting an event: any source not retired */
  sourceOptions: SourceOption[];
};

export async function loadEventPanel(actor: Actor | null, briefId: string): Promise<EventPanelData> {
  const { events, documents } = await db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    return { events: await readBriefEvents(tx, briefId), documents: await readCitedDocuments(tx, briefId) };
  });
  const sourceOptions = await listSourceOptions(actor);
  return { briefId, events, documents, sourceOptions };
}
