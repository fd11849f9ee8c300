"use client";

import { useActionState } from "react";
import type { EventItem } from "@/lib/events/event-item";
import type { EventPanelData } from "@/lib/events/load-event-panel";
import { Timeline, type TimelineEvent } from "../briefs/timeline";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction } from "../forms/form-state";
import { EventCard } from "./event-card";
import { EventFields } from "./event-fields";

export type EventPanelActions = { add: FormAction; update: FormAction; remove: FormAction };

/** What lib/events/load-event-panel.ts reads (the events in timeline order, the documents the brief cites, who may report one), and the actions. */
export type EventPanelProps = EventPanelData & { actions: EventPanelActions };

/**
 * A brief's events in the editor: each edited in place or removed, a form to add one,
 * and a preview of the timeline as readers will see it.
 */
export function EventPanel({ briefId, events, documents, sourceOptions, actions }: EventPanelProps) {
  const [addState, addAction, adding] = useActionState(actions.add, idleState);
  // Held here, not by the event's card: the card is gone once the event is removed.
  const [removeState, removeAction, removing] = useActionState(actions.remove, idleState);

  return (
    <section className="item-panel event-panel" aria-labelledby="event-panel-heading">
      <h2 id="event-panel-heading">Events</h2>
      <div aria-live="polite">{removeState.status !== "idle" && <FormFeedback state={removeState} />}</div>
      {events.length === 0 ? (
        <p className="meta">No events yet.</p>
      ) : (
        <ol className="item-list">
          {events.map((event) => (
            <EventCard
              key={event.id}
              briefId={briefId}
              event={event}
              documents={documents}
              sourceOptions={sourceOptions}
              update={actions.update}
              remove={removeAction}
              removing={removing}
            />
          ))}
        </ol>
      )}

      <div className="item-add">
        <h3 id="event-add-heading">Add an event</h3>
        <form action={addAction} className="form" noValidate aria-labelledby="event-add-heading">
          <input type="hidden" name="briefId" value={briefId} />
          <EventFields idPrefix="event-new" briefId={briefId} state={addState} documents={documents} sourceOptions={sourceOptions} />
          <FormFeedback state={addState} />
          <button type="submit" disabled={adding}>
            {adding ? "Adding…" : "Add event"}
          </button>
        </form>
      </div>

      {events.length > 0 && (
        <section className="timeline-preview" aria-labelledby="timeline-preview-heading">
          <h3 id="timeline-preview-heading">Timeline preview</h3>
          <p className="field-hint">In date order, as readers will see it; an approximate date stands at the start of its period.</p>
          <Timeline events={events.map(toTimelineEvent)} />
        </section>
      )}
    </section>
  );
}

function toTimelineEvent(event: EventItem): TimelineEvent {
  return {
    ref: event.ref,
    description: event.description,
    dateStart: event.dateStart,
    dateLabel: event.dateLabel,
    place: event.place,
    planned: event.planned,
    reportedBy: event.reportedBy,
    documents: event.documents.map((d) => ({ ref: d.ref ?? d.id, title: d.title })),
  };
}
