"use client";

import { useActionState } from "react";
import { REVIEW_VERIFICATION_LABELS, verificationLabel } from "@/lib/quotes/labels";
import { FieldError, FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction } from "../forms/form-state";
import type { ReviewItem } from "@/lib/review/review-item";
import { VerificationEvidence } from "../quotes/verification-evidence";

export type { ReviewItem };

/** A tick from the reviewer's last decision on this brief (lib/review/get-review-round.ts). */
export type CarriedCheckView = { checked: boolean; note: string; changedSinceTick: boolean };

/**
 * The reviewer ticks every quote, event and claim, notes what is not verbatim, and
 * decides. In a second round, the ticks of items unchanged since their last decision
 * are already there; an item that changed says so.
 */
export function ReviewForm({
  reviewId,
  items,
  carried = {},
  mayApprove,
  selfApprovalNeeded,
  actions,
}: {
  reviewId: string;
  items: ReviewItem[];
  /** by `kind:ref` */
  carried?: Record<string, CarriedCheckView>;
  mayApprove: boolean;
  selfApprovalNeeded: boolean;
  actions: { approve: FormAction; requestChanges: FormAction };
}) {
  const [approved, approve, approving] = useActionState(actions.approve, idleState);
  const [sentBack, requestChanges, sending] = useActionState(actions.requestChanges, idleState);
  const state = approved.status !== "idle" ? approved : sentBack;
  const errors = state.fieldErrors ?? {};
  const key = (item: ReviewItem) => `${item.kind}:${item.ref}`;
  const ticked = (item: ReviewItem) =>
    state.values ? state.values[`check:${key(item)}`] === "on" : (carried[key(item)]?.checked ?? false);

  return (
    <form className="form review-form">
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="items" value={items.map(key).join(",")} />
      <ol className="review-items">
        {items.map((item) => (
          <li key={key(item)} id={`review-${item.ref}`}>
            <p>
              <strong>{item.title}</strong> <span className="meta">[@{item.ref}]</span>
            </p>
            <p className="review-detail">{item.detail}</p>
            {item.verification && (
              <p className={`verification verification-${item.verification}`}>
                {verificationLabel(REVIEW_VERIFICATION_LABELS, item.verification)}
              </p>
            )}
            {item.check && <VerificationEvidence check={item.check} stored={item.verification ?? ""} id={`review-${item.ref}-evidence`} />}
            {carried[key(item)]?.changedSinceTick && <p className="review-changed">Changed since your tick: check it again.</p>}
            {carried[key(item)]?.checked && <p className="meta">Ticked in your last review and unchanged since.</p>}
            <label className="checkbox">
              <input type="checkbox" name={`check:${key(item)}`} defaultChecked={ticked(item)} /> Checked {item.ref}
            </label>
            <div className="field">
              <label htmlFor={`note-${item.ref}`}>Note on {item.ref}</label>
              <input
                id={`note-${item.ref}`}
                name={`note:${key(item)}`}
                defaultValue={state.values?.[`note:${key(item)}`] ?? carried[key(item)]?.note}
              />
              <FieldError id={`note-${item.ref}-error`} errors={errors[`checks.${item.ref}`]} />
            </div>
          </li>
        ))}
      </ol>
      <div className="field">
        <label htmlFor="message">Message to the author</label>
        <textarea id="message" name="message" rows={3} defaultValue={state.values?.message} />
        <FieldError id="message-error" errors={errors.message} />
      </div>
      {selfApprovalNeeded && (
        <p className="notice" role="note">
          {mayApprove
            ? "You edited this brief since its last approval: approving it is a self-approval, and the publication will say so."
            : "You edited this brief since its last approval, so another editor has to approve it (four-eyes). You can still request changes."}
        </p>
      )}
      <FormFeedback state={state} />
      <div className="button-row">
        <button type="submit" formAction={approve} disabled={approving || sending || !mayApprove}>
          Approve
        </button>
        <button type="submit" formAction={requestChanges} className="secondary" disabled={approving || sending}>
          Request changes
        </button>
      </div>
    </form>
  );
}
