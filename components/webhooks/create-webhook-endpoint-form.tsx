"use client";

import { useActionState } from "react";
import { Field, FormMessage, idleState, type FormState } from "@/components/forms/field";

type EndpointState = FormState & { secret?: string };
type EndpointAction = (state: EndpointState, formData: FormData) => Promise<EndpointState>;

/** A receiver's URL and the events it wants; its signing secret is shown once, here. */
export function CreateWebhookEndpointForm({ action, events }: { action: EndpointAction; events: string[] }) {
  const [state, formAction, pending] = useActionState<EndpointState, FormData>(action, idleState);
  const eventErrors = Object.entries(state.fieldErrors ?? {})
    .filter(([key]) => key.startsWith("events"))
    .flatMap(([, e]) => e);
  return (
    <form action={formAction} className="form" noValidate key={state.secret ?? "form"}>
      <Field
        name="url"
        label="Receiver URL"
        hint="An http:// or https:// address that accepts POST requests."
        type="url"
        required
        maxLength={2000}
        defaultValue={state.status === "error" ? state.values?.url : ""}
        errors={state.fieldErrors?.url}
      />
      <fieldset className="field" aria-describedby="events-error">
        <legend>Events</legend>
        {events.map((event) => (
          <label key={event} className="checkbox">
            <input type="checkbox" name="events" value={event} defaultChecked /> <code>{event}</code>
          </label>
        ))}
        <p id="events-error" className="field-error" aria-live="polite">
          {eventErrors.join(" ")}
        </p>
      </fieldset>
      <FormMessage state={state} />
      {state.secret && (
        <div className="field one-time-link">
          <label htmlFor="new-webhook-secret">Signing secret</label>
          <input
            id="new-webhook-secret"
            type="text"
            readOnly
            value={state.secret}
            aria-describedby="new-webhook-secret-hint"
            onFocus={(e) => e.currentTarget.select()}
          />
          <p id="new-webhook-secret-hint" className="field-hint">
            Give it to the receiver to check signatures. It is not shown again: to change it, remove the endpoint and add it anew.
          </p>
        </div>
      )}
      <button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add endpoint"}
      </button>
    </form>
  );
}
