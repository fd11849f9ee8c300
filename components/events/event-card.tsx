"use client";

import { useActionState } from "react";
import type { EventItem } from "@/lib/events/event-item";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction } from "../forms/form-state";
import type { DocumentOption, SourceOption } from "../quotes/panel-fields";
import { EventFields } from "./event-fields";

/** One event: when, what and who says so, edited in place or removed. */
export function EventCard({
  briefId,
  event,
  documents,
  sourceOptions,
  update,
  remove,
  removing,
}: {
  briefId: string;
  event: EventItem;
  documents: DocumentOption[];
  sourceOptions: SourceOption[];
  update: FormAction;
  /** the panel's remove action: its outcome outlives this card */
  remove: (formData: FormData) => void;
  removing: boolean;
}) {
  const [editState, editAction, saving] = useActionState(update, idleState);
  const busy = saving || removing;
  const headingId = `event-${event.id}-heading`;
  const hidden = (
    <>
      <input type="hidden" name="briefId" value={briefId} />
      <input type="hidden" name="eventId" value={event.id} />
    </>
  );

  return (
    <li className="item-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="item-head">
        <span className="item-ref">{event.ref}</span> <time dateTime={event.dateStart}>{event.dateLabel}</time>
      </h3>
      <p>
        {event.description}
        {event.place && <span className="place"> ({event.place})</span>}
      </p>
      <p className="meta">
        {event.reportedBy && (
          <>
            Reported by {event.reportedBy.name}
            {event.reportedBy.stateAffiliated && " (state-affiliated)"}
            {event.reportedBy.retired && " (retired)"} ·{" "}
          </>
        )}
        Cited: {event.documents.map((d) => d.ref ?? `${d.title} (no longer cited by this brief)`).join(", ")}
      </p>
      {event.citedInBody && <p className="field-hint">The body cites it as [@{event.ref}].</p>}

      <div className="item-actions">
        <form action={remove} className="inline-form">
          {hidden}
          <button type="submit" className="secondary danger" disabled={busy} aria-label={`Remove ${event.ref}`}>
            Remove
          </button>
        </form>
      </div>

      <details className="item-edit">
        <summary>Edit {event.ref}</summary>
        {/* a fresh form when the event changes, so it shows what is saved now */}
        <form key={event.updatedAt} action={editAction} className="form" noValidate>
          {hidden}
          <input type="hidden" name="baseUpdatedAt" value={event.updatedAt} />
          <EventFields
            idPrefix={`event-${event.id}`}
            briefId={briefId}
            event={event}
            state={editState}
            documents={documents}
            sourceOptions={sourceOptions}
          />
          <FormFeedback state={editState} />
          <button type="submit" disabled={busy}>
            {saving ? "Saving…" : `Save ${event.ref}`}
          </button>
        </form>
      </details>
    </li>
  );
}
