// What a server action called with an object (not a form) hands back: its value, or
// the AppError's message and field errors (and a conflict's details) for the caller
// to show beside what the user typed, which stays where it is.
import { asAppError } from "@/lib/errors";
import { requestLogger } from "@/lib/log";

export type ActionResult<T> =
  | { status: "ok"; value: T }
  | { status: "error"; message: string; fieldErrors: Record<string, string[]>; details?: unknown };

export async function toActionResult<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { status: "ok", value: await run() };
  } catch (error) {
    const known = asAppError(error);
    if (known) return { status: "error", message: known.message, fieldErrors: known.fieldErrors, ...(known.details !== undefined && { details: known.details }) };
    (await requestLogger()).error({ err: error }, "Unexpected error in a server action");
    return { status: "error", message: "Something went wrong; nothing was saved. Please try again.", fieldErrors: {} };
  }
}
