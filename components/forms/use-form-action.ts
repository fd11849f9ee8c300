"use client";
// useActionState for a form whose server action may not answer with form state: a
// request the server refuses before the action runs (413 for a body over the size
// limit, answered by proxy.ts with a plain-text message) rejects the action's promise,
// which would otherwise replace the page with the error screen and lose what was
// typed. Here it becomes an error state with the message and every typed value.
import { useActionState } from "react";
import { unstable_rethrow } from "next/navigation";

import type { ActionState as State } from "@/lib/forms/action-state";

const UNREACHABLE = "The form could not be sent; nothing was saved. Your text is still here: try again.";

/** The message to show for an action that failed before it could answer. */
export function sendFailureMessage(error: unknown): string {
  // the proxy's 413 message comes through as the error's message
  return error instanceof Error && /too large/i.test(error.message) ? error.message : UNREACHABLE;
}

function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !/password/i.test(key) && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

export function useFormAction(action: (state: State, formData: FormData) => Promise<State>, initial: State) {
  return useActionState(async (state: State, formData: FormData): Promise<State> => {
    try {
      return await action(state, formData);
    } catch (error) {
      unstable_rethrow(error); // redirects and not-found stay Next's
      return { ...state, status: "error", message: sendFailureMessage(error), fieldErrors: {}, values: typedValues(formData) };
    }
  }, initial);
}
