"use client";

import { useActionState } from "react";
import type { ClaimPanelData } from "@/lib/claims/load-claim-panel";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction } from "../forms/form-state";
import { ClaimCard } from "./claim-card";
import { ClaimFields } from "./claim-fields";

export type ClaimPanelActions = { add: FormAction; update: FormAction; remove: FormAction };

/** What lib/claims/load-claim-panel.ts reads (with the ratings that may be chosen now), and the actions. */
export type ClaimPanelProps = ClaimPanelData & { actions: ClaimPanelActions };

/** A brief's claims in the editor: each edited in place or removed, and a form to add one. */
export function ClaimPanel({ briefId, claims, documents, sourceOptions, ratings, verdictMode, actions }: ClaimPanelProps) {
  const [addState, addAction, adding] = useActionState(actions.add, idleState);
  const [removeState, removeAction, removing] = useActionState(actions.remove, idleState);
  const conclusionOnly = verdictMode === "conclusion_only";
  const shared = { documents, sourceOptions, ratings, conclusionOnly };

  return (
    <section className="item-panel claim-panel" aria-labelledby="claim-panel-heading">
      <h2 id="claim-panel-heading">Claims</h2>
      <p className="field-hint">A claim this brief checks: who said what, where it first appeared, the verdict and the conclusion.</p>
      <div aria-live="polite">{removeState.status !== "idle" && <FormFeedback state={removeState} />}</div>
      {claims.length === 0 ? (
        <p className="meta">No claims yet.</p>
      ) : (
        <ol className="item-list">
          {claims.map((claim) => (
            <ClaimCard
              key={claim.id}
              briefId={briefId}
              claim={claim}
              {...shared}
              update={actions.update}
              remove={removeAction}
              removing={removing}
            />
          ))}
        </ol>
      )}
      <div className="item-add">
        <h3 id="claim-add-heading">Add a claim</h3>
        <form action={addAction} className="form" noValidate aria-labelledby="claim-add-heading">
          <input type="hidden" name="briefId" value={briefId} />
          <ClaimFields idPrefix="claim-new" briefId={briefId} state={addState} {...shared} />
          <FormFeedback state={addState} />
          <button type="submit" disabled={adding}>
            {adding ? "Adding…" : "Add claim"}
          </button>
        </form>
      </div>
    </section>
  );
}
