"use client";

import { useActionState } from "react";
import { FormMessage, idleState, type FormAction } from "@/components/forms/field";
import type { ApiTokenSummary } from "@/lib/api-tokens/list-api-tokens";

export type ApiTokenRow = ApiTokenSummary;

// Shown in UTC so that the server's and the browser's rendering agree.
const moment = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const when = (date: Date | null, none: string) => (date ? `${moment.format(date)} UTC` : none);

function status(token: ApiTokenRow, now: Date): string {
  if (token.revokedAt) return `Revoked ${when(token.revokedAt, "")}`;
  if (token.expiresAt && token.expiresAt <= now) return `Expired ${when(token.expiresAt, "")}`;
  return token.expiresAt ? `Active, expires ${when(token.expiresAt, "")}` : "Active, does not expire";
}

function RevokeButton({ token, action }: { token: ApiTokenRow; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction}>
      <input type="hidden" name="tokenId" value={token.id} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Revoke ${token.name}`}>
        {pending ? "Revoking…" : "Revoke"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function ApiTokenList({ tokens, revokeAction }: { tokens: ApiTokenRow[]; revokeAction: FormAction }) {
  if (tokens.length === 0) return <p className="meta">You have no API tokens.</p>;
  const now = new Date();
  return (
    <ul className="token-list">
      {tokens.map((token) => (
        <li key={token.id} className="user-card">
          <h3>{token.name}</h3>
          <p className="meta">
            <code>{token.prefix}…</code> · {status(token, now)}
          </p>
          <p className="meta">
            Created {when(token.createdAt, "")} · last used {when(token.lastUsedAt, "never")}
          </p>
          {!token.revokedAt && <RevokeButton token={token} action={revokeAction} />}
        </li>
      ))}
    </ul>
  );
}
