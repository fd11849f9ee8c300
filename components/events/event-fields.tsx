import Link from "next/link";
import { DATE_PRECISIONS, PRECISION_LABELS } from "@/lib/dates/labels";
import type { EventItem } from "@/lib/events/event-item";
import { FieldError } from "../forms/form-feedback";
import type { FormState } from "../forms/form-state";
import { formValue, ItemField, SourceSelect, type DocumentOption, type SourceOption } from "../quotes/panel-fields";

/**
 * The fields of an event, for adding one (`event` absent) or editing one. After a
 * refused submit they show what the editor typed, with each error beside its field.
 */
export function EventFields({
  idPrefix,
  briefId,
  event,
  state,
  documents,
  sourceOptions,
}: {
  idPrefix: string;
  briefId: string;
  event?: EventItem;
  state: FormState;
  documents: DocumentOption[];
  sourceOptions: SourceOption[];
}) {
  const errors = state.fieldErrors ?? {};
  const value = (name: string, saved: string | null | undefined) => formValue(state, name, saved ?? "");
  const id = (name: string) => `${idPrefix}-${name}`;
  // A generated label is left empty here, so that it follows the date when the date changes.
  const customLabel = event && event.dateLabel !== event.generatedLabel ? event.dateLabel : "";
  // Selects are keyed by their default value: see panel-fields.tsx.
  const chosenPrecision = value("precision", event?.precision ?? "day");
  const checked = new Set(
    value("documentIds", event?.documents.map((d) => d.id).join(" "))
      .split(" ")
      .filter(Boolean),
  );
  // Documents the brief no longer cites stay listed for this event, so that saving can keep or drop them.
  const choices = [...documents, ...(event?.documents ?? []).filter((d) => !documents.some((o) => o.id === d.id))];
  const documentsErrorId = `${id("documentIds")}-error`;

  return (
    <>
      <ItemField id={id("description")} label="What happened" errors={errors.description}>
        {(aria) => (
          <textarea
            name="description"
            rows={2}
            required
            maxLength={2000}
            defaultValue={value("description", event?.description)}
            {...aria}
          />
        )}
      </ItemField>
      <div className="field-row">
        <ItemField id={id("date")} label="Date" hint="YYYY-MM-DD: any day inside the period." errors={errors.date}>
          {(aria) => <input name="date" type="date" required defaultValue={value("date", event?.dateStart)} {...aria} />}
        </ItemField>
        <ItemField id={id("precision")} label="Precision" errors={errors.precision}>
          {(aria) => (
            <select key={chosenPrecision} name="precision" defaultValue={chosenPrecision} {...aria}>
              {DATE_PRECISIONS.map((p) => (
                <option key={p} value={p}>
                  {PRECISION_LABELS[p]}
                </option>
              ))}
            </select>
          )}
        </ItemField>
        <ItemField id={id("dateEnd")} label="End date" hint="Only for a range: its last day." errors={errors.dateEnd}>
          {(aria) => <input name="dateEnd" type="date" defaultValue={value("dateEnd", event?.dateEnd)} {...aria} />}
        </ItemField>
      </div>
      <ItemField
        id={id("dateLabel")}
        label="Label"
        hint={
          event
            ? `What readers see. Leave empty for the label generated from the date: “${event.generatedLabel}”.`
            : "What readers see. Leave empty for the label generated from the date and precision, e.g. “late June 2022”."
        }
        errors={errors.dateLabel}
      >
        {(aria) => (
          <input
            name="dateLabel"
            type="text"
            maxLength={120}
            placeholder={event?.generatedLabel}
            defaultValue={value("dateLabel", customLabel)}
            {...aria}
          />
        )}
      </ItemField>
      <ItemField id={id("place")} label="Place" hint="Optional." errors={errors.place}>
        {(aria) => <input name="place" type="text" maxLength={200} defaultValue={value("place", event?.place)} {...aria} />}
      </ItemField>
      <fieldset className="field" aria-describedby={errors.documentIds?.length ? documentsErrorId : undefined}>
        <legend>Cited documents</legend>
        <p className="field-hint">At least one of the documents this brief cites.</p>
        {choices.length === 0 && <p className="field-hint">This brief cites no documents yet.</p>}
        {choices.map((d) => (
          <label key={d.id} className="checkbox">
            <input type="checkbox" name="documentIds" value={d.id} defaultChecked={checked.has(d.id)} />
            {d.ref ? `${d.ref}: ${d.title}` : `${d.title} (no longer cited by this brief)`}
          </label>
        ))}
        <Link href={`/desk/documents/new?brief=${encodeURIComponent(briefId)}`} className="field-hint">
          Add a document
        </Link>
        <FieldError id={documentsErrorId} errors={errors.documentIds} />
      </fieldset>
      <ItemField
        id={id("reportedById")}
        label="Reported by"
        hint="Optional: the source that reports it, when the desk has not confirmed it itself."
        errors={errors.reportedById}
      >
        {(aria) => (
          <SourceSelect
            name="reportedById"
            aria={aria}
            options={sourceOptions}
            current={event?.reportedBy ?? null}
            defaultValue={value("reportedById", event?.reportedBy?.id)}
          />
        )}
      </ItemField>
      <p className="field field-checkbox">
        <label>
          <input name="planned" type="checkbox" defaultChecked={value("planned", event?.planned ? "on" : "") === "on"} /> Planned: it has
          not happened yet
        </label>
      </p>
    </>
  );
}
