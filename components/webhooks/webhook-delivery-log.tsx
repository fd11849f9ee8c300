"use client";

import { useActionState } from "react";
import { FormMessage, idleState, type FormAction } from "@/components/forms/field";
import type { WebhookDeliveryRow } from "@/lib/webhooks/list-webhook-deliveries";

export type WebhookDeliveryLogRow = WebhookDeliveryRow;

// Shown in UTC so that the server's and the browser's rendering agree.
const moment = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
const when = (date: Date) => `${moment.format(date)} UTC`;

function outcome(row: WebhookDeliveryLogRow): string {
  if (row.status === "delivered") return `Delivered ${row.deliveredAt ? when(row.deliveredAt) : ""} (HTTP ${row.lastStatusCode})`;
  if (row.status === "failed") return "Failed: gave up";
  return row.attempts === 0 ? `Pending, due ${when(row.nextAttemptAt)}` : `Pending, retry due ${when(row.nextAttemptAt)}`;
}

function ResendButton({ row, action }: { row: WebhookDeliveryLogRow; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction}>
      <input type="hidden" name="deliveryId" value={row.id} />
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? "Queuing…" : "Re-send"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function WebhookDeliveryLog({ deliveries, resendAction }: { deliveries: WebhookDeliveryLogRow[]; resendAction: FormAction }) {
  if (deliveries.length === 0) return <p className="meta">Nothing has been sent to this endpoint yet.</p>;
  return (
    <ol className="token-list delivery-log" aria-label="Deliveries, newest first">
      {deliveries.map((row) => (
        <li key={row.id} className={`user-card delivery-${row.status}`}>
          <h3>
            <code>{row.event}</code>
            {row.title && <> · {row.title}</>}
          </h3>
          <p className="meta">
            Queued {when(row.createdAt)} · <strong>{outcome(row)}</strong> · {row.attempts} {row.attempts === 1 ? "attempt" : "attempts"}
          </p>
          {row.status !== "delivered" && row.lastError && <p className="meta">Last error: {row.lastError}</p>}
          <p className="meta">
            <code>{row.id}</code>
          </p>
          <ResendButton row={row} action={resendAction} />
        </li>
      ))}
    </ol>
  );
}
