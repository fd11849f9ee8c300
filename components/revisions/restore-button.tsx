"use client";

import { useActionState } from "react";

type State = { status: "idle" | "ok" | "error"; message?: string };

export function RestoreButton({
  briefId,
  number,
  baseVersion,
  action,
}: {
  briefId: string;
  number: number;
  baseVersion: number;
  action: (state: State, formData: FormData) => Promise<State>;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="briefId" value={briefId} />
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <button type="submit" className="secondary" disabled={pending}>
        Restore revision {number}
      </button>
      {state.status === "error" && (
        <span className="field-error" role="alert">
          {" "}
          {state.message}
        </span>
      )}
    </form>
  );
}
