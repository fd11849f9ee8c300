"use client";

import { useActionState } from "react";
import { idleState, type FormAction } from "../forms/form-state";

export function MarkReadButton({ action }: { action: FormAction }) {
  const [, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction}>
      <button type="submit" className="secondary" disabled={pending}>
        Mark all as read
      </button>
    </form>
  );
}
