"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { BRIEF_STATE_LABELS, briefStateLabel } from "@/lib/review/labels";
import { useBriefSession } from "../briefs/brief-session";
import { FieldError, FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction, type FormState } from "../forms/form-state";

export type WorkflowView = {
  briefId: string;
  slug: string;
  state: string;
  version: number;
  /** the version readers see now */
  publishedVersion: number | null;
  /** a publication waiting for its time, the time written out */
  scheduled: { version: number; at: string } | null;
  review: {
    decision: string;
    message: string;
    reviewer: { id: string; name: string } | null;
    submittedBy: string | null;
    revision?: number;
  } | null;
  reviewers: { id: string; name: string }[];
  /** published verdicts this version changes: it needs a verdict-change note */
  verdictChanges?: { ref: string; from: string; to: string }[];
  /** what the author should know before submitting, e.g. an altered quote; it does not block */
  submitWarnings?: string[];
};

type Actions = { submit: FormAction; publish: FormAction; cancelSchedule: FormAction; withdraw: FormAction; deleteDraft: FormAction };

function SubmitForm({ view, action }: { view: WorkflowView; action: FormAction }) {
  const session = useBriefSession();
  // What is submitted is what the editor shows: its pending changes are saved first,
  // and the version that save was given is the one submitted.
  const submit: FormAction = async (previous, formData) => {
    const saved = await (session?.flush() ?? Promise.resolve({ ok: true as const, version: view.version }));
    if (!saved.ok) return { status: "error", message: `Nothing was submitted: your latest changes are not saved yet. ${saved.message}` };
    formData.set("baseVersion", String(saved.version));
    return action(previous, formData);
  };
  const [state, formAction, pending] = useActionState(submit, idleState);
  // Round two goes back to the reviewer who asked for the changes, unless the author picks another.
  const reviewer = state.values?.reviewerId ?? (view.review?.decision === "changes_requested" ? (view.review.reviewer?.id ?? "") : "");
  const checks = state.fieldErrors?.checks ?? [];
  return (
    <form action={formAction} className="form workflow-form">
      <input type="hidden" name="briefId" value={view.briefId} />
      <input type="hidden" name="baseVersion" value={view.version} />
      <div className="field">
        <label htmlFor="reviewerId">Reviewer</label>
        <select id="reviewerId" name="reviewerId" key={reviewer} defaultValue={reviewer}>
          <option value="">Any editor (the review queue)</option>
          {view.reviewers.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        <FieldError id="reviewerId-error" errors={state.fieldErrors?.reviewerId} />
      </div>
      {view.submitWarnings && view.submitWarnings.length > 0 && (
        <ul className="check-warnings" aria-label="Before you submit">
          {view.submitWarnings.map((warning) => (
            <li key={warning}>
              {warning} <Link href={`/desk/briefs/${view.briefId}/items`}>See the difference</Link>
            </li>
          ))}
        </ul>
      )}
      {checks.length > 0 && (
        <ul className="check-list" aria-label="What to fix before submitting">
          {checks.map((problem) => (
            <li key={problem}>
              {problem} <Link href={`/desk/briefs/${view.briefId}/items`}>Fix it</Link>
            </li>
          ))}
        </ul>
      )}
      <FormFeedback state={state} />
      <button type="submit" disabled={pending}>
        Submit for review
      </button>
    </form>
  );
}

/** The browser's local date and time as an instant; empty while the field is incomplete. */
function toInstant(local: string): string {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString();
}

type ActionHandle = [state: FormState, action: (formData: FormData) => void, pending: boolean];

function PublishForm({ view, handle }: { view: WorkflowView; handle: ActionHandle }) {
  const [state, formAction, pending] = handle;
  const [confirming, setConfirming] = useState(false);
  const errors = state.fieldErrors ?? {};
  const [when, setWhen] = useState(state.values?.when ?? "now");
  const [local, setLocal] = useState(state.values?.scheduledForLocal ?? "");
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const changes = view.verdictChanges ?? [];
  const kind = state.values?.correctionKind ?? (changes.length > 0 ? "verdict_change" : "correction");
  return (
    <form action={formAction} className="form workflow-form">
      <input type="hidden" name="briefId" value={view.briefId} />
      {view.publishedVersion !== null && (
        <fieldset>
          <legend>What changed for readers</legend>
          <p className="field-hint">
            Published version {view.publishedVersion} is public. Published version {view.publishedVersion + 1} needs a public note unless
            the change is cosmetic.
          </p>
          {changes.length > 0 && (
            <p className="notice" role="note">
              This revision changes a published verdict ({changes.map((c) => `${c.ref}: from ${c.from} to ${c.to}`).join("; ")}): it is
              published with a verdict change note. The old and new verdicts are written into it for you; say why below.
            </p>
          )}
          <div className="field">
            <label htmlFor="correctionKind">Kind of note</label>
            <select id="correctionKind" name="correctionKind" key={kind} defaultValue={kind}>
              {changes.length > 0 && <option value="verdict_change">Verdict change</option>}
              <option value="correction">Correction</option>
              <option value="update">Update</option>
              <option value="clarification">Clarification</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="correctionNote">Public note</label>
            <textarea id="correctionNote" name="correctionNote" rows={2} defaultValue={state.values?.correctionNote} />
            <FieldError id="correction-error" errors={[...(errors.correction ?? []), ...(errors["correction.note"] ?? [])]} />
          </div>
          <label className="checkbox">
            <input type="checkbox" name="cosmetic" /> Cosmetic change only (typo, formatting): readers get no note
          </label>
          <FieldError id="cosmetic-error" errors={errors.cosmetic} />
        </fieldset>
      )}
      <fieldset className="when">
        <legend>When</legend>
        <label className="checkbox">
          <input type="radio" name="when" value="now" checked={when === "now"} onChange={() => setWhen("now")} /> Publish now
        </label>
        <label className="checkbox">
          <input type="radio" name="when" value="later" checked={when === "later"} onChange={() => setWhen("later")} /> Schedule for a date
          and time
        </label>
        {when === "later" && (
          <div className="field">
            <label htmlFor="scheduledForLocal">Publish at (your time, {zone})</label>
            <input
              id="scheduledForLocal"
              name="scheduledForLocal"
              type="datetime-local"
              value={local}
              onChange={(e) => setLocal(e.target.value)}
              aria-describedby={errors.scheduledFor ? "scheduledFor-error" : undefined}
            />
            <input type="hidden" name="scheduledFor" value={toInstant(local)} />
            <FieldError id="scheduledFor-error" errors={errors.scheduledFor} />
          </div>
        )}
      </fieldset>
      <FormFeedback state={state} />
      {when === "now" && confirming ? (
        <div className="notice warning" role="group" aria-label="Confirm publishing">
          <p>
            Publish {view.review?.revision ? `revision ${view.review.revision}` : "it"} now as published version{" "}
            {(view.publishedVersion ?? 0) + 1}? Readers see it at once
            {view.publishedVersion !== null ? `, in place of published version ${view.publishedVersion}` : ""}.
          </p>
          <button type="submit" disabled={pending}>
            Yes, publish now
          </button>{" "}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Not yet
          </button>
        </div>
      ) : when === "now" ? (
        <button type="button" onClick={() => setConfirming(true)}>
          Publish
        </button>
      ) : (
        <button type="submit" disabled={pending}>
          Schedule
        </button>
      )}
    </form>
  );
}

function CancelScheduleForm({ view, action }: { view: WorkflowView; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className="form workflow-form">
      <input type="hidden" name="briefId" value={view.briefId} />
      <p className="notice" role="note">
        Published version {view.scheduled!.version} is scheduled: readers see it from {view.scheduled!.at}.
      </p>
      <FormFeedback state={state} />
      <button type="submit" className="secondary" disabled={pending}>
        Cancel the schedule
      </button>
    </form>
  );
}

function WithdrawForm({ view, action }: { view: WorkflowView; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <details className="withdraw" open={state.status === "error"}>
      <summary>Withdraw this brief from readers…</summary>
      <form action={formAction} className="form workflow-form">
        <input type="hidden" name="briefId" value={view.briefId} />
        <div className="field">
          <label htmlFor="reason">Public reason for withdrawing</label>
          <textarea id="reason" name="reason" rows={2} defaultValue={state.values?.reason} />
          <FieldError id="reason-error" errors={state.fieldErrors?.reason} />
        </div>
        <FormFeedback state={state} />
        <button type="submit" className="secondary danger" disabled={pending}>
          Withdraw
        </button>
      </form>
    </details>
  );
}

function DeleteDraftForm({ view, action }: { view: WorkflowView; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <details className="withdraw" open={state.status === "error"}>
      <summary>Delete this draft…</summary>
      <form action={formAction} className="form workflow-form">
        <input type="hidden" name="briefId" value={view.briefId} />
        <p>
          Readers never saw this brief. Deleting it removes its text, quotes, events, claims and history for good; the audit log keeps a
          line saying who deleted it.
        </p>
        <FormFeedback state={state} />
        <button type="submit" className="secondary danger" disabled={pending}>
          Delete the draft for good
        </button>
      </form>
    </details>
  );
}

const STATE_TEXT = { ...BRIEF_STATE_LABELS, approved: "Approved: ready to publish" };

/** Where the brief is in the workflow, and the one next step it allows. */
export function WorkflowPanel({ view, actions }: { view: WorkflowView; actions: Actions }) {
  const { review } = view;
  const sentBack = view.state === "draft" && review?.decision === "changes_requested";
  // Held here, not in the publish form: the form goes once the brief is published, the message stays.
  const publish = useActionState(actions.publish, idleState);
  const published = view.state === "published" && !view.scheduled;
  return (
    <section className="workflow" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">
        Workflow: {view.scheduled && view.state === "published" ? "Scheduled" : briefStateLabel(view.state, STATE_TEXT)}
      </h2>
      {sentBack && (
        <p className="notice warning" role="note">
          Changes requested{review.reviewer && ` by ${review.reviewer.name}`}: {review.message}
        </p>
      )}
      {publish[0].status === "ok" && view.state !== "approved" && (
        <p className="notice" role="status">
          {publish[0].message}
        </p>
      )}
      {published && (
        <p>
          <a className="button" href="#title">
            Edit the next version
          </a>{" "}
          <span className="field-hint">
            Readers keep published version {view.publishedVersion} until the next one is reviewed and published.
          </span>
        </p>
      )}
      {(view.state === "draft" || view.state === "published") && <SubmitForm view={view} action={actions.submit} />}
      {view.state === "in_review" && review && (
        <p>
          Revision {review.revision} is waiting for {review.reviewer ? review.reviewer.name : "any editor (in the queue)"}.{" "}
          <Link href={`/desk/briefs/${view.briefId}/review`}>Open the review</Link>
        </p>
      )}
      {view.state === "approved" && !view.scheduled && <PublishForm view={view} handle={publish} />}
      {view.scheduled && <CancelScheduleForm view={view} action={actions.cancelSchedule} />}
      {view.publishedVersion !== null && (
        <p>
          Published version {view.publishedVersion} is public. <Link href={`/briefs/${view.slug}`}>See it as readers do</Link>
        </p>
      )}
      {view.publishedVersion !== null && view.state !== "withdrawn" && <WithdrawForm view={view} action={actions.withdraw} />}
      {view.state === "draft" && view.publishedVersion === null && !view.scheduled && (
        <DeleteDraftForm view={view} action={actions.deleteDraft} />
      )}
    </section>
  );
}
