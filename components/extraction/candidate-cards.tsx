"use client";

import { DATE_PRECISIONS, PRECISION_LABELS, QUOTE_DATE_PRECISIONS } from "@/lib/dates/labels";
import type { EventCandidateView, QuoteCandidateView, SourceCandidateView } from "@/lib/extraction/get-document-candidates";
import type { CandidateIds } from "@/lib/extraction/schemas";
import { KINDS } from "@/lib/sources/labels";
import { formValue, ItemField } from "../quotes/panel-fields";
import type { FormAction, FormState } from "../forms/form-state";
import { CandidateDecision } from "./candidate-decision";

type Actions = { accept: FormAction; reject: FormAction };

export function QuoteCandidateCard({ ids, quote, actions }: { ids: CandidateIds; quote: QuoteCandidateView; actions: Actions }) {
  const id = (name: string) => `${quote.anchor}-${name}`;
  const context = quote.kind === "label" ? `A label${quote.speakerName ? ` used by ${quote.speakerName}` : ""}, not a statement.` : "";
  const fields = (state: FormState) => {
    const errors = state.fieldErrors ?? {};
    const value = (name: string, proposed: string | null) => formValue(state, name, proposed ?? "");
    const precision = value("saidOnPrecision", quote.saidOnPrecision ?? "day");
    return (
      <>
        <ItemField id={id("text")} label="Exact words" errors={errors.text}>
          {(aria) => <textarea name="text" rows={3} required maxLength={5000} defaultValue={value("text", quote.text)} {...aria} />}
        </ItemField>
        <div className="field-row">
          <ItemField id={id("speakerName")} label="Speaker name" errors={errors.speakerName}>
            {(aria) => (
              <input
                name="speakerName"
                type="text"
                maxLength={200}
                autoComplete="off"
                defaultValue={value("speakerName", quote.speakerName)}
                {...aria}
              />
            )}
          </ItemField>
          <ItemField id={id("speakerTitle")} label="Speaker title" errors={errors.speakerTitle}>
            {(aria) => (
              <input
                name="speakerTitle"
                type="text"
                maxLength={200}
                autoComplete="off"
                defaultValue={value("speakerTitle", quote.speakerTitle)}
                {...aria}
              />
            )}
          </ItemField>
        </div>
        <input type="hidden" name="speakerSourceId" value={quote.speakerSourceId ?? ""} />
        <div className="field-row">
          <ItemField id={id("saidOn")} label="Said on" hint="Optional." errors={errors.saidOn}>
            {(aria) => <input name="saidOn" type="date" defaultValue={value("saidOn", quote.saidOn)} {...aria} />}
          </ItemField>
          <ItemField id={id("saidOnPrecision")} label="Precision" errors={errors.saidOnPrecision}>
            {(aria) => (
              <select key={precision} name="saidOnPrecision" defaultValue={precision} {...aria}>
                {QUOTE_DATE_PRECISIONS.map((p) => (
                  <option key={p} value={p}>
                    {PRECISION_LABELS[p]}
                  </option>
                ))}
              </select>
            )}
          </ItemField>
        </div>
        <ItemField id={id("context")} label="Context" hint="Optional." errors={errors.context}>
          {(aria) => <input name="context" type="text" maxLength={1000} defaultValue={value("context", context)} {...aria} />}
        </ItemField>
      </>
    );
  };
  const summary = (
    <>
      <blockquote className="candidate-words">“{quote.text}”</blockquote>
      <p className="candidate-speaker">
        {quote.kind === "label" && <span className="candidate-badge candidate-badge--label">Label, not a statement</span>}{" "}
        {quote.speakerName ? (
          <>
            — {quote.speakerName}
            {quote.speakerTitle && <span className="meta">, {quote.speakerTitle}</span>}
          </>
        ) : (
          <span className="meta">Speaker not found in the text</span>
        )}
      </p>
    </>
  );
  return (
    <CandidateDecision
      ids={ids}
      candidateKey={quote.key}
      anchor={quote.anchor}
      inText={quote.inText}
      status={quote.status}
      label={`${quote.kind} “${quote.text}”`}
      summary={summary}
      fields={fields}
      {...actions}
    />
  );
}

export function EventCandidateCard({ ids, event, actions }: { ids: CandidateIds; event: EventCandidateView; actions: Actions }) {
  const id = (name: string) => `${event.anchor}-${name}`;
  const fields = (state: FormState) => {
    const errors = state.fieldErrors ?? {};
    const value = (name: string, proposed: string | null) => formValue(state, name, proposed ?? "");
    const precision = value("precision", event.precision);
    return (
      <>
        <ItemField id={id("description")} label="What happened" errors={errors.description}>
          {(aria) => (
            <textarea
              name="description"
              rows={3}
              required
              maxLength={2000}
              defaultValue={value("description", event.description)}
              {...aria}
            />
          )}
        </ItemField>
        <div className="field-row">
          <ItemField id={id("date")} label="Date" hint="Any day inside the period." errors={errors.date}>
            {(aria) => <input name="date" type="date" required defaultValue={value("date", event.date)} {...aria} />}
          </ItemField>
          <ItemField id={id("precision")} label="Precision" errors={errors.precision}>
            {(aria) => (
              <select key={precision} name="precision" defaultValue={precision} {...aria}>
                {DATE_PRECISIONS.map((p) => (
                  <option key={p} value={p}>
                    {PRECISION_LABELS[p]}
                  </option>
                ))}
              </select>
            )}
          </ItemField>
          <ItemField id={id("dateEnd")} label="End date" hint="For a range." errors={errors.dateEnd}>
            {(aria) => <input name="dateEnd" type="date" defaultValue={value("dateEnd", event.dateEnd)} {...aria} />}
          </ItemField>
        </div>
        <ItemField
          id={id("dateLabel")}
          label="Date label"
          hint="Optional: what readers see; empty for the label made from the date."
          errors={errors.dateLabel}
        >
          {(aria) => <input name="dateLabel" type="text" maxLength={120} defaultValue={value("dateLabel", "")} {...aria} />}
        </ItemField>
        <p className="field field-checkbox">
          <label>
            <input name="planned" type="checkbox" defaultChecked={value("planned", event.planned ? "on" : "") === "on"} /> Planned: it has
            not happened yet
          </label>
        </p>
        <input type="hidden" name="reportedById" value={event.reportedById ?? ""} />
      </>
    );
  };
  const summary = (
    <>
      <p className="candidate-date">
        <time dateTime={event.date}>{event.dateLabel}</time>
        {event.planned && (
          <>
            {" "}
            <span className="candidate-badge candidate-badge--planned">Planned</span>
          </>
        )}{" "}
        <span className="meta">from “{event.dateText}”</span>
      </p>
      <p className="candidate-description">{event.description}</p>
      {event.reportedBy && <p className="meta">Reported by {event.reportedBy}</p>}
    </>
  );
  return (
    <CandidateDecision
      ids={ids}
      candidateKey={event.key}
      anchor={event.anchor}
      inText={event.inText}
      status={event.status}
      label={`event on ${event.dateLabel}`}
      summary={summary}
      fields={fields}
      {...actions}
    />
  );
}

export function SourceCandidateCard({ ids, source, actions }: { ids: CandidateIds; source: SourceCandidateView; actions: Actions }) {
  const id = (name: string) => `${source.anchor}-${name}`;
  const fields = (state: FormState) => {
    const errors = state.fieldErrors ?? {};
    const kind = formValue(state, "kind", source.sourceKind);
    return (
      <div className="field-row">
        <ItemField id={id("name")} label="Name" errors={errors.name}>
          {(aria) => <input name="name" type="text" maxLength={200} defaultValue={formValue(state, "name", source.name)} {...aria} />}
        </ItemField>
        <ItemField id={id("kind")} label="Kind" errors={errors.kind}>
          {(aria) => (
            <select key={kind} name="kind" defaultValue={kind} {...aria}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          )}
        </ItemField>
      </div>
    );
  };
  const summary = (
    <p className="candidate-source">
      <strong>{source.name}</strong>{" "}
      <span className="meta">
        ({source.sourceKind}, named as {source.role})
      </span>
    </p>
  );
  return (
    <CandidateDecision
      ids={ids}
      candidateKey={source.key}
      anchor={source.anchor}
      inText={source.inText}
      status={source.status}
      label={`source ${source.name}`}
      summary={summary}
      fields={fields}
      citable={false}
      {...actions}
    />
  );
}
