"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage, idleState, type FormAction } from "@/components/forms/field";
import type { WebhookEndpointSummary } from "@/lib/webhooks/list-webhook-endpoints";

export type WebhookEndpointCard = WebhookEndpointSummary;

function ActionButton({
  endpoint,
  action,
  label,
  fields,
  confirm,
}: {
  endpoint: WebhookEndpointCard;
  action: FormAction;
  label: string;
  fields?: Record<string, string>;
  confirm?: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      <input type="hidden" name="endpointId" value={endpoint.id} />
      {Object.entries(fields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="secondary" disabled={pending} aria-label={`${label} ${endpoint.url}`}>
        {label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function WebhookEndpointList({
  endpoints,
  setActiveAction,
  deleteAction,
}: {
  endpoints: WebhookEndpointCard[];
  setActiveAction: FormAction;
  deleteAction: FormAction;
}) {
  if (endpoints.length === 0) return <p className="meta">No endpoints yet.</p>;
  return (
    <ul className="token-list">
      {endpoints.map((endpoint) => (
        <li key={endpoint.id} className="user-card">
          <h3>
            <code className="webhook-url">{endpoint.url}</code>
          </h3>
          <p className="meta">
            {endpoint.active ? "Active" : "Paused"} · {endpoint.events.join(", ")}
          </p>
          <p className="meta">
            <Link href={`/desk/admin/webhooks/${endpoint.id}`}>Delivery log</Link>: {endpoint.delivered} delivered · {endpoint.pending}{" "}
            pending · {endpoint.failed} failed
          </p>
          <div className="button-row">
            <ActionButton
              endpoint={endpoint}
              action={setActiveAction}
              label={endpoint.active ? "Pause" : "Resume"}
              fields={{ active: String(!endpoint.active) }}
            />
            <ActionButton endpoint={endpoint} action={deleteAction} label="Remove" confirm="Remove this endpoint and its delivery log?" />
          </div>
        </li>
      ))}
    </ul>
  );
}
