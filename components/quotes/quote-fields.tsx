import Link from "next/link";
import { PRECISION_LABELS, QUOTE_DATE_PRECISIONS } from "@/lib/dates/labels";
import type { QuotePanelQuote } from "@/lib/quotes/load-quote-panel";
import type { FormState } from "../forms/form-state";
import { formValue, ItemField, SourceSelect, type DocumentOption, type SourceOption } from "./panel-fields";

/**
 * The fields of a quote, for adding one (`quote` absent) or editing one. After a
 * refused submit they show what the editor typed, with each error beside its field.
 */
export function QuoteFields({
  idPrefix,
  briefId,
  quote,
  state,
  documents,
  sourceOptions,
}: {
  idPrefix: string;
  briefId: string;
  quote?: QuotePanelQuote;
  state: FormState;
  documents: DocumentOption[];
  sourceOptions: SourceOption[];
}) {
  const errors = state.fieldErrors ?? {};
  const value = (name: string, saved: string | null | undefined) => formValue(state, name, saved ?? "");
  const id = (name: string) => `${idPrefix}-${name}`;
  // A document the brief no longer cites stays selectable for this quote, so that saving leaves it as it is.
  // Selects are keyed by their default value: see panel-fields.tsx.
  // A brief that cites one document: that is where the words come from.
  const chosenDocument = value("documentId", quote?.document.id ?? (documents.length === 1 ? documents[0]!.id : undefined));
  const chosenPrecision = value("saidOnPrecision", quote?.saidOnPrecision ?? "day");
  const lostDocument = quote && !documents.some((d) => d.id === quote.document.id) ? quote.document : null;

  return (
    <>
      <ItemField
        id={id("text")}
        label="Exact words"
        hint="As the document has them; quote marks and dashes may differ. Mark words left out with … and your own words with [brackets]."
        errors={errors.text}
      >
        {(aria) => <textarea name="text" rows={3} required maxLength={5000} defaultValue={value("text", quote?.text)} {...aria} />}
      </ItemField>
      <div className="field-row">
        <ItemField id={id("speakerName")} label="Speaker name" errors={errors.speakerName}>
          {(aria) => (
            <input
              name="speakerName"
              type="text"
              required
              maxLength={200}
              autoComplete="off"
              defaultValue={value("speakerName", quote?.speakerName)}
              {...aria}
            />
          )}
        </ItemField>
        <ItemField
          id={id("speakerTitle")}
          label="Speaker title"
          hint="Role or affiliation, e.g. Minister of Defence."
          errors={errors.speakerTitle}
        >
          {(aria) => (
            <input
              name="speakerTitle"
              type="text"
              maxLength={200}
              autoComplete="off"
              defaultValue={value("speakerTitle", quote?.speakerTitle)}
              {...aria}
            />
          )}
        </ItemField>
      </div>
      <ItemField
        id={id("speakerSourceId")}
        label="Speaker source"
        hint="Optional: the speaker's entry in the source registry."
        errors={errors.speakerSourceId}
      >
        {(aria) => (
          <SourceSelect
            name="speakerSourceId"
            aria={aria}
            options={sourceOptions}
            current={quote?.speakerSource ?? null}
            defaultValue={value("speakerSourceId", quote?.speakerSource?.id)}
          />
        )}
      </ItemField>
      <ItemField
        id={id("documentId")}
        label="Document"
        hint="The document the words come from: one this brief cites."
        errors={errors.documentId}
      >
        {(aria) => (
          <select key={chosenDocument} name="documentId" required defaultValue={chosenDocument} {...aria}>
            <option value="">Choose a document</option>
            {lostDocument && <option value={lostDocument.id}>{lostDocument.title} (no longer cited by this brief)</option>}
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.ref}: {d.title}
              </option>
            ))}
          </select>
        )}
      </ItemField>
      <p className="field-hint">
        {documents.length === 0 && "This brief cites no documents yet. "}
        <Link href={`/desk/documents/new?brief=${encodeURIComponent(briefId)}`}>Add a document</Link>
      </p>
      <div className="field-row">
        <ItemField id={id("saidOn")} label="Said on" hint="Optional. Any day inside the period." errors={errors.saidOn}>
          {(aria) => <input name="saidOn" type="date" defaultValue={value("saidOn", quote?.saidOn)} {...aria} />}
        </ItemField>
        <ItemField id={id("saidOnPrecision")} label="Precision" errors={errors.saidOnPrecision}>
          {(aria) => (
            <select key={chosenPrecision} name="saidOnPrecision" defaultValue={chosenPrecision} {...aria}>
              {QUOTE_DATE_PRECISIONS.map((p) => (
                <option key={p} value={p}>
                  {PRECISION_LABELS[p]}
                </option>
              ))}
            </select>
          )}
        </ItemField>
      </div>
      <ItemField id={id("context")} label="Context" hint="Optional: where and to whom it was said." errors={errors.context}>
        {(aria) => <input name="context" type="text" maxLength={1000} defaultValue={value("context", quote?.context)} {...aria} />}
      </ItemField>
    </>
  );
}
