// The form kit's side of a server action: what it hands back (lib/forms/action-state.ts),
// the state a form starts in, and how a field names its error.
import type { ActionState, OneTimeLink } from "@/lib/forms/action-state";

export type OneTimeLinkState = OneTimeLink;
export type FormState = ActionState;

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

export const idleState: FormState = { status: "idle" };

/** aria-describedby for a field: its error's id when it has one. */
export function describedBy(errorId: string, errors: string[] | undefined): string | undefined {
  return errors?.length ? errorId : undefined;
}
