// What a server action hands back to its form: a message, errors per field, and
// the values the user typed, so that nothing typed is lost when input is refused.
import { asAppError, type AppError } from "@/lib/errors";
import { requestLogger } from "@/lib/log";

export type ActionState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  /** a one-time link (invitation, password reset), shown once to whoever asked for it */
  link?: OneTimeLink;
  /** a secret made for the user (an API token), shown once */
  secret?: string;
  /** what the action made, for the page to go on with (the panel opens a document it added) */
  created?: { id: string; ref?: string };
  /** what a refusal carries beyond its message (AppError.details: the stored document a duplicate text names) */
  details?: unknown;
};

export type OneTimeLink = { url: string; expiresAt: string };

/** What the work passed to `toActionState` may hand back: a message, and a link to show once. */
export type ActionOutcome =
  | string
  | void
  | { message: string; link?: OneTimeLink; secret?: string; values?: Record<string, string>; created?: ActionState["created"] };

export const idle: ActionState = { status: "idle" };

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    // Never send a password back to the browser.
    if (typeof value === "string" && !/password/i.test(key) && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** The refusal the user is shown for `error`, or undefined for a bug, which is logged here. */
export async function knownFailure(error: unknown): Promise<AppError | undefined> {
  const known = asAppError(error);
  if (!known) (await requestLogger()).error({ err: error }, "Unexpected error in a server action");
  return known;
}

/** Runs a domain call and turns its outcome into form state (deskAction's error mapping). */
export async function toActionState(formData: FormData, run: () => Promise<ActionOutcome>): Promise<ActionState> {
  try {
    const outcome = await run();
    if (typeof outcome === "object") return { status: "ok", ...outcome };
    return { status: "ok", message: outcome ?? "Saved." };
  } catch (error) {
    const known = await knownFailure(error);
    if (known) {
      const refused: ActionState = {
        status: "error",
        message: known.message,
        fieldErrors: known.fieldErrors,
        values: formValues(formData),
      };
      return known.details === undefined ? refused : { ...refused, details: known.details };
    }
    return { status: "error", message: "Something went wrong; nothing was saved. Please try again.", values: formValues(formData) };
  }
}
