"use client";

import { useActionState } from "react";
import { formValue, ItemField } from "../quotes/panel-fields";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction, type FormState } from "../forms/form-state";

export type AdminRating = { id: string; name: string; definition: string; value: number; retired: boolean };

export type VerdictScaleActions = {
  create: FormAction;
  update: FormAction;
  move: FormAction;
  retire: FormAction;
  remove: FormAction;
  setMode: FormAction;
};

/** The admins' page for the verdict scale: the desk's mode, the ratings in order, and a form to add one. */
export function VerdictScaleAdmin({
  mode,
  ratings,
  actions,
}: {
  mode: "scale" | "conclusion_only";
  ratings: AdminRating[];
  actions: VerdictScaleActions;
}) {
  const [modeState, modeAction, savingMode] = useActionState(actions.setMode, idleState);
  const [rowState, rowAction, rowBusy] = useActionState(actions.move, idleState);
  const [retireState, retireAction, retiring] = useActionState(actions.retire, idleState);
  const [removeState, removeAction, removing] = useActionState(actions.remove, idleState);
  const [addState, addAction, adding] = useActionState(actions.create, idleState);
  const busy = rowBusy || retiring || removing;
  const lastRowState = [removeState, retireState, rowState].find((s) => s.status !== "idle");

  return (
    <>
      <form action={modeAction} className="form">
        <fieldset className="verdict-mode">
          <legend>Verdicts</legend>
          <label className="checkbox">
            <input type="radio" name="mode" value="scale" defaultChecked={mode === "scale"} /> Rate each claim on the scale below
          </label>
          <label className="checkbox">
            <input type="radio" name="mode" value="conclusion_only" defaultChecked={mode === "conclusion_only"} /> Conclusion only: claims
            get a written conclusion and no rating
          </label>
        </fieldset>
        <FormFeedback state={modeState} />
        <button type="submit" disabled={savingMode}>
          Save mode
        </button>
      </form>

      <section aria-labelledby="scale-heading">
        <h2 id="scale-heading">The scale</h2>
        <p className="field-hint">
          In the order readers see on the methodology page. A rating a claim has used cannot be deleted: retire it instead.
        </p>
        <div aria-live="polite">{lastRowState && <FormFeedback state={lastRowState} />}</div>
        <ol className="item-list verdict-scale">
          {ratings.map((rating, i) => (
            <li key={rating.id} className="item-card">
              <h3 className="item-head">
                {rating.name}{" "}
                <span className="meta">
                  value {rating.value}
                  {rating.retired && " · retired"}
                </span>
              </h3>
              <p>{rating.definition}</p>
              <div className="item-actions">
                <form action={rowAction} className="inline-form">
                  <input type="hidden" name="ratingId" value={rating.id} />
                  <button
                    type="submit"
                    name="direction"
                    value="up"
                    className="secondary"
                    disabled={busy || i === 0}
                    aria-label={`Move ${rating.name} up`}
                  >
                    Up
                  </button>
                  <button
                    type="submit"
                    name="direction"
                    value="down"
                    className="secondary"
                    disabled={busy || i === ratings.length - 1}
                    aria-label={`Move ${rating.name} down`}
                  >
                    Down
                  </button>
                </form>
                <form action={retireAction} className="inline-form">
                  <input type="hidden" name="ratingId" value={rating.id} />
                  <input type="hidden" name="retire" value={String(!rating.retired)} />
                  <button
                    type="submit"
                    className="secondary"
                    disabled={busy}
                    aria-label={`${rating.retired ? "Restore" : "Retire"} ${rating.name}`}
                  >
                    {rating.retired ? "Restore" : "Retire"}
                  </button>
                </form>
                <form action={removeAction} className="inline-form">
                  <input type="hidden" name="ratingId" value={rating.id} />
                  <button type="submit" className="secondary danger" disabled={busy} aria-label={`Delete ${rating.name}`}>
                    Delete
                  </button>
                </form>
              </div>
              <EditRating rating={rating} update={actions.update} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="add-rating-heading" className="item-add">
        <h2 id="add-rating-heading">Add a rating</h2>
        <form action={addAction} className="form" noValidate>
          <RatingFields idPrefix="rating-new" state={addState} />
          <FormFeedback state={addState} />
          <button type="submit" disabled={adding}>
            {adding ? "Adding…" : "Add rating"}
          </button>
        </form>
      </section>
    </>
  );
}

function EditRating({ rating, update }: { rating: AdminRating; update: FormAction }) {
  const [state, action, saving] = useActionState(update, idleState);
  return (
    <details className="item-edit" open={state.status === "error" || undefined}>
      <summary>Edit {rating.name}</summary>
      <form action={action} className="form" noValidate>
        <input type="hidden" name="ratingId" value={rating.id} />
        <RatingFields idPrefix={`rating-${rating.id}`} state={state} rating={rating} />
        <FormFeedback state={state} />
        <button type="submit" disabled={saving}>
          {saving ? "Saving…" : "Save rating"}
        </button>
      </form>
    </details>
  );
}

function RatingFields({ idPrefix, state, rating }: { idPrefix: string; state: FormState; rating?: AdminRating }) {
  const errors = state.fieldErrors ?? {};
  const value = (name: string, saved: string | undefined) => formValue(state, name, saved ?? "");
  return (
    <div className="field-row">
      <ItemField id={`${idPrefix}-name`} label="Name" errors={errors.name}>
        {(aria) => <input name="name" type="text" maxLength={60} required defaultValue={value("name", rating?.name)} {...aria} />}
      </ItemField>
      <ItemField id={`${idPrefix}-definition`} label="Definition" hint="One line, shown to readers." errors={errors.definition}>
        {(aria) => (
          <input name="definition" type="text" maxLength={300} required defaultValue={value("definition", rating?.definition)} {...aria} />
        )}
      </ItemField>
      <ItemField id={`${idPrefix}-value`} label="Value" hint="Higher is truer." errors={errors.value}>
        {(aria) => (
          <input name="value" type="number" step={1} required defaultValue={value("value", rating ? String(rating.value) : "")} {...aria} />
        )}
      </ItemField>
    </div>
  );
}
