// What the user-management forms' server actions return: the shape of lib/forms
// ActionState, restated here because components take their data from props only.
export type OneTimeLinkState = { url: string; expiresAt: string };

export type FormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  link?: OneTimeLinkState;
};

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

export const idleState: FormState = { status: "idle" };

/** aria-describedby for a field: its error's id when it has one. */
export function describedBy(errorId: string, errors: string[] | undefined): string | undefined {
  return errors?.length ? errorId : undefined;
}
