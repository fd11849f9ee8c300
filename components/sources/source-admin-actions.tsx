"use client";

import { useActionState, useState } from "react";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction, type FormState } from "../forms/form-state";

export type SourceAdminActions = { retire: FormAction; restore: FormAction; delete: FormAction };

type Props = { source: { id: string; name: string; retired: boolean; citedCount: number }; actions: SourceAdminActions };

/**
 * Retire or restore a source; delete it while nothing cites it. A cited source can
 * only be retired (the server refuses a delete whatever this shows).
 */
export function SourceAdminControls({ source, actions }: Props) {
  const retire = useActionState(actions.retire, idleState);
  const restore = useActionState(actions.restore, idleState);
  const remove = useActionState(actions.delete, idleState);
  const [submitted, setSubmitted] = useState<"retire" | "restore" | "delete" | null>(null);
  const states: Record<"retire" | "restore" | "delete", FormState> = { retire: retire[0], restore: restore[0], delete: remove[0] };
  const shown = submitted ?? (Object.keys(states) as (keyof typeof states)[]).find((kind) => states[kind].status !== "idle");
  const pending = [retire, restore, remove].some(([, , isPending]) => isPending);

  return (
    <div className="source-admin-controls">
      <div className="source-admin-buttons">
        {source.retired ? (
          <form action={restore[1]} onSubmit={() => setSubmitted("restore")} className="inline-form">
            <input type="hidden" name="sourceId" value={source.id} />
            <button type="submit" className="secondary" disabled={pending}>
              Restore
            </button>
          </form>
        ) : (
          <form action={retire[1]} onSubmit={() => setSubmitted("retire")} className="inline-form">
            <input type="hidden" name="sourceId" value={source.id} />
            <button type="submit" className="secondary" disabled={pending}>
              Retire
            </button>
          </form>
        )}
        {source.citedCount === 0 && (
          <form
            action={remove[1]}
            onSubmit={(event) => {
              if (!window.confirm(`Delete ${source.name} from the registry? This cannot be undone.`)) event.preventDefault();
              else setSubmitted("delete");
            }}
            className="inline-form"
          >
            <input type="hidden" name="sourceId" value={source.id} />
            <button type="submit" className="secondary danger" disabled={pending}>
              Delete
            </button>
          </form>
        )}
      </div>
      <p className="field-hint">
        {source.citedCount === 0
          ? "Nothing cites this source yet, so it can be deleted. Retiring keeps it but hides it from the list and the pickers."
          : "This source is cited, so it cannot be deleted: retire it to hide it from the list and the pickers. What cites it keeps it."}
      </p>
      <FormFeedback state={shown ? states[shown] : idleState} />
    </div>
  );
}
