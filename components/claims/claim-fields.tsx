import Link from "next/link";
import type { ClaimItem } from "@/lib/claims/claim-item";
import type { VerdictRatingItem } from "@/lib/verdicts/verdict-scale";
import type { FormState } from "../forms/form-state";
import { formValue, ItemField, SourceSelect, type DocumentOption, type SourceOption } from "../quotes/panel-fields";

/** What a rating choice shows of the verdict scale. */
export type RatingOption = Pick<VerdictRatingItem, "id" | "name" | "definition">;

/**
 * The fields of a claim, for adding one (`claim` absent) or editing one. After a
 * refused submit they show what the editor typed, with each error beside its field.
 */
export function ClaimFields({
  idPrefix,
  briefId,
  claim,
  state,
  documents,
  sourceOptions,
  ratings,
  conclusionOnly,
}: {
  idPrefix: string;
  briefId: string;
  claim?: ClaimItem;
  state: FormState;
  documents: DocumentOption[];
  sourceOptions: SourceOption[];
  ratings: RatingOption[];
  conclusionOnly: boolean;
}) {
  const errors = state.fieldErrors ?? {};
  const value = (name: string, saved: string | null | undefined) => formValue(state, name, saved ?? "");
  const id = (name: string) => `${idPrefix}-${name}`;
  const quoted = state.status === "error" ? state.values?.quoted === "on" : (claim?.quoted ?? false);
  const chosenDocument = value("documentId", claim?.document?.id);
  const chosenRating = value("ratingId", claim?.rating?.id);
  const keptDocument = claim?.document && !documents.some((d) => d.id === claim.document!.id) ? claim.document : null;
  const keptRating = claim?.rating && !ratings.some((r) => r.id === claim.rating!.id) ? claim.rating : null;

  return (
    <>
      <ItemField id={id("text")} label="Claim" hint="As it was made: the exact words when you tick “quoted”." errors={errors.text}>
        {(aria) => <textarea name="text" rows={2} required maxLength={2000} defaultValue={value("text", claim?.text)} {...aria} />}
      </ItemField>
      <label className="checkbox">
        <input key={String(quoted)} type="checkbox" name="quoted" defaultChecked={quoted} /> These are the claimant’s exact words
      </label>
      <div className="field-row">
        <ItemField id={id("speakerName")} label="Who made it" errors={errors.speakerName}>
          {(aria) => (
            <input
              name="speakerName"
              type="text"
              required
              maxLength={200}
              defaultValue={value("speakerName", claim?.speakerName)}
              {...aria}
            />
          )}
        </ItemField>
        <ItemField id={id("speakerSourceId")} label="Registry source" hint="Optional." errors={errors.speakerSourceId}>
          {(aria) => (
            <SourceSelect
              name="speakerSourceId"
              aria={aria}
              options={sourceOptions}
              current={claim?.speakerSource ?? null}
              defaultValue={value("speakerSourceId", claim?.speakerSource?.id)}
            />
          )}
        </ItemField>
      </div>
      <div className="field-row">
        <ItemField
          id={id("documentId")}
          label="First appeared in"
          hint="A document this brief cites, or give a web address."
          errors={errors.documentId}
        >
          {(aria) => (
            <select key={chosenDocument} name="documentId" defaultValue={chosenDocument} {...aria}>
              <option value="">No document</option>
              {keptDocument && <option value={keptDocument.id}>{keptDocument.title} (no longer cited by this brief)</option>}
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.ref}: {d.title}
                </option>
              ))}
            </select>
          )}
        </ItemField>
        <ItemField id={id("appearanceUrl")} label="Web address" hint="Optional: where it first appeared." errors={errors.appearanceUrl}>
          {(aria) => (
            <input name="appearanceUrl" type="url" maxLength={2000} defaultValue={value("appearanceUrl", claim?.appearanceUrl)} {...aria} />
          )}
        </ItemField>
        <ItemField id={id("appearedOn")} label="Date" hint="When it first appeared." errors={errors.appearedOn}>
          {(aria) => <input name="appearedOn" type="date" defaultValue={value("appearedOn", claim?.appearedOn)} {...aria} />}
        </ItemField>
      </div>
      <Link href={`/desk/documents/new?brief=${encodeURIComponent(briefId)}`} className="field-hint">
        Add a document
      </Link>
      {conclusionOnly ? (
        <p className="field-hint">This desk writes a conclusion without a rating.</p>
      ) : (
        <ItemField id={id("ratingId")} label="Verdict" hint="Required before the brief is submitted." errors={errors.ratingId}>
          {(aria) => (
            <select key={chosenRating} name="ratingId" defaultValue={chosenRating} {...aria}>
              <option value="">Not rated yet</option>
              {keptRating && <option value={keptRating.id}>{keptRating.name} (retired)</option>}
              {ratings.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name} — {r.definition}
                </option>
              ))}
            </select>
          )}
        </ItemField>
      )}
      <ItemField
        id={id("conclusion")}
        label="Conclusion"
        hint="A few sentences readers see with the verdict. Required before the brief is submitted."
        errors={errors.conclusion}
      >
        {(aria) => <textarea name="conclusion" rows={3} maxLength={2000} defaultValue={value("conclusion", claim?.conclusion)} {...aria} />}
      </ItemField>
    </>
  );
}
