"use client";

import { useActionState, useState } from "react";
import { formatDay } from "../format";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction, type FormState } from "../forms/form-state";
import { OneTimeLink } from "./one-time-link";

export type UserCardData = {
  id: string;
  name: string;
  email: string;
  role: "admin" | "editor";
  active: boolean;
  /** false for an invited user who has not set a password yet */
  hasPassword: boolean;
  createdAt: Date;
};

export type UserCardActions = { changeRole: FormAction; deactivate: FormAction; reactivate: FormAction; issueReset: FormAction };

type Submitted = "role" | "deactivate" | "reactivate" | "reset";

const ROLE_LABEL = { admin: "Admin", editor: "Editor" } as const;

/** One person on the desk: who they are, and what an admin can do about them. */
export function UserCard({ user, isYou, actions }: { user: UserCardData; isYou: boolean; actions: UserCardActions }) {
  const role = useActionState(actions.changeRole, idleState);
  const deactivate = useActionState(actions.deactivate, idleState);
  const reactivate = useActionState(actions.reactivate, idleState);
  const reset = useActionState(actions.issueReset, idleState);
  // Only the outcome of the form submitted last is shown. Without JavaScript (no
  // onSubmit), the page comes back with a single outcome: that one.
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const states: Record<Submitted, FormState> = { role: role[0], deactivate: deactivate[0], reactivate: reactivate[0], reset: reset[0] };
  const shown = submitted ?? (Object.keys(states) as Submitted[]).find((kind) => states[kind].status !== "idle");
  const outcome = shown ? states[shown] : null;
  const pending = [role, deactivate, reactivate, reset].some(([, , isPending]) => isPending);
  const headingId = `user-${user.id}`;
  const roleErrors = role[0].status === "error" && shown === "role";

  return (
    <li className={`user-card${user.active ? "" : " user-deactivated"}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {user.name}
        {isYou && <span className="meta"> (you)</span>}
      </h3>
      <dl className="user-facts">
        <div>
          <dt>Email</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>{ROLE_LABEL[user.role]}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            {user.active ? "Active" : "Deactivated"}
            {user.active && !user.hasPassword && <span className="meta"> — no password set yet</span>}
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{formatDay(user.createdAt)}</dd>
        </div>
      </dl>

      <div className="user-actions">
        <form action={role[1]} onSubmit={() => setSubmitted("role")} className="inline-form">
          <input type="hidden" name="userId" value={user.id} />
          <label htmlFor={`role-${user.id}`} className="visually-hidden">
            Role for {user.name}
          </label>
          <select
            id={`role-${user.id}`}
            name="role"
            key={(roleErrors && role[0].values?.role) || user.role}
            defaultValue={(roleErrors && role[0].values?.role) || user.role}
            aria-describedby={roleErrors ? `outcome-${user.id}` : undefined}
          >
            <option value="editor">Editor</option>
            <option value="admin">Admin</option>
          </select>
          <button type="submit" className="secondary" disabled={pending}>
            Change role
          </button>
        </form>
        {user.active ? (
          <form action={deactivate[1]} onSubmit={() => setSubmitted("deactivate")} className="inline-form">
            <input type="hidden" name="userId" value={user.id} />
            <button type="submit" className="secondary danger" disabled={pending}>
              Deactivate
            </button>
          </form>
        ) : (
          <form action={reactivate[1]} onSubmit={() => setSubmitted("reactivate")} className="inline-form">
            <input type="hidden" name="userId" value={user.id} />
            <button type="submit" className="secondary" disabled={pending}>
              Reactivate
            </button>
          </form>
        )}
        {user.active && (
          <form action={reset[1]} onSubmit={() => setSubmitted("reset")} className="inline-form">
            <input type="hidden" name="userId" value={user.id} />
            <button type="submit" className="secondary" disabled={pending}>
              Issue reset link
            </button>
          </form>
        )}
      </div>

      <div className="user-outcome">
        <FormFeedback id={`outcome-${user.id}`} state={outcome ?? idleState} />
        {shown === "reset" && outcome?.status === "ok" && outcome.link && (
          <OneTimeLink key={outcome.link.url} id={`reset-link-${user.id}`} link={outcome.link} />
        )}
      </div>
    </li>
  );
}
