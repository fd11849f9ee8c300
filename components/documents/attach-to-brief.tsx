"use client";

import { useActionState } from "react";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction } from "../forms/form-state";

export type AttachTargetView = { id: string; title: string; state: string };

/** "Attach to a brief": the document starts being cited by another brief the editor may edit. */
export function AttachToBrief({ documentId, briefs, attach }: { documentId: string; briefs: AttachTargetView[]; attach: FormAction }) {
  const [state, formAction, pending] = useActionState(attach, idleState);
  if (briefs.length === 0) return <p className="meta">Every brief that can be edited cites this document already.</p>;
  return (
    <form action={formAction} className="form attach-to-brief" aria-label="Attach to a brief">
      <input type="hidden" name="documentId" value={documentId} />
      <div className="field">
        <label htmlFor="attach-briefId">Brief</label>
        <select id="attach-briefId" name="briefId" required defaultValue={state.values?.briefId ?? ""}>
          <option value="">Choose a brief…</option>
          {briefs.map((b) => (
            <option key={b.id} value={b.id}>
              {b.title} ({b.state.replace("_", " ")})
            </option>
          ))}
        </select>
      </div>
      <FormFeedback state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Attaching…" : "Attach to the brief"}
      </button>
    </form>
  );
}
