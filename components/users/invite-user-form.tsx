"use client";

import { useActionState } from "react";
import { FieldError, FormFeedback } from "../forms/form-feedback";
import { describedBy, idleState, type FormAction } from "../forms/form-state";
import { OneTimeLink } from "./one-time-link";

/** Invite someone: name, email and role; the admin gets a one-time link to pass on. */
export function InviteUserForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={formAction} className="form invite-form" noValidate>
      <div className="field">
        <label htmlFor="invite-name">Name</label>
        <input
          id="invite-name"
          name="name"
          type="text"
          autoComplete="off"
          required
          maxLength={200}
          defaultValue={values.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy("invite-name-error", errors.name)}
        />
        <FieldError id="invite-name-error" errors={errors.name} />
      </div>
      <div className="field">
        <label htmlFor="invite-email">Email</label>
        <input
          id="invite-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          defaultValue={values.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy("invite-email-error", errors.email)}
        />
        <FieldError id="invite-email-error" errors={errors.email} />
      </div>
      <div className="field">
        <label htmlFor="invite-role">Role</label>
        <select
          id="invite-role"
          name="role"
          key={values.role ?? "editor"}
          defaultValue={values.role ?? "editor"}
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={describedBy("invite-role-error", errors.role)}
        >
          <option value="editor">Editor</option>
          <option value="admin">Admin</option>
        </select>
        <FieldError id="invite-role-error" errors={errors.role} />
      </div>
      <FormFeedback state={state} />
      {state.status === "ok" && state.link && <OneTimeLink key={state.link.url} id="invite-link" link={state.link} />}
      <button type="submit" disabled={pending}>
        {pending ? "Inviting…" : "Invite"}
      </button>
    </form>
  );
}
