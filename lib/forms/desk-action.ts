// The one way a server action is built (server only: it reads the session and
// revalidates Next's cache). An action is a use case plus what is particular to its
// form; the factory owns the rest, so that no action repeats it:
// - the actor, read inside the error handling (it is the first query, and the first
//   to meet a database outage);
// - turning the form into the use case's input (`fromForm`, the one place where
//   FormData becomes domain input, with the reader and shared mappings of ./form-inputs.ts);
// - errors (toActionState): an AppError becomes its message and field errors, anything
//   else is logged and shown as a generic message, and the values typed are handed back;
// - revalidating the pages that show what changed, and redirecting after success.
//
// `deskAction` serves a <form> (useActionState); `deskCall` an action the client calls
// with an object (the editor's autosave, slug check and live preview).
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import type { Actor } from "@/lib/auth/policy";
import type { AppError } from "@/lib/errors";
import { readForm, type FormReader } from "./form-inputs";
import { revalidateAll, type Revalidation } from "./revalidate";
import { knownFailure, toActionState, type ActionOutcome, type ActionState } from "./action-state";

/** A use case as an action calls it: the actor first, then its typed input. */
export type UseCase<I, R> = (actor: Actor | null, input: I) => Promise<R>;

type FormOptions<I, R> = {
  fromForm: (form: FormReader) => I | Promise<I>;
  /** the message (and one-time link or secret) shown after success; "Saved." if none */
  success?: (result: R, input: I) => ActionOutcome;
  revalidate?: (result: R, input: I) => Revalidation[];
  /** where to go after success (the form's page may no longer exist) */
  redirect?: (result: R, input: I) => string;
  /** values to hand back after a refusal beyond the typed text (a file's name, every ticked checkbox) */
  keep?: (form: FormReader) => Record<string, string>;
  /** no actor: the action is open to anyone (a one-time link is the credential) */
  anonymous?: boolean;
};

export type DeskAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

export function deskAction<I, R>(useCase: UseCase<I, R>, options: FormOptions<I, R>): DeskAction {
  return async (_previous, formData) => {
    let target: string | undefined;
    const state = await toActionState(formData, async () => {
      const actor = options.anonymous ? null : await getActor();
      const input = await options.fromForm(readForm(formData));
      const result = await useCase(actor, input);
      revalidateAll(options.revalidate?.(result, input) ?? []);
      target = options.redirect?.(result, input);
      return options.success?.(result, input);
    });
    // outside toActionState, which would take redirect()'s throw for a failure
    if (state.status === "ok" && target) redirect(target);
    if (state.status === "error" && options.keep) return { ...state, values: { ...state.values, ...options.keep(readForm(formData)) } };
    return state;
  };
}

/** What an action called with an object answers when it fails. */
export type CallError<C = never> = { status: "error"; message: string; fieldErrors: Record<string, string[]>; conflict?: C };

type CallOptions<I, R, S, C> = {
  /** the answer after success */
  success: (result: R, input: I) => S;
  revalidate?: (result: R, input: I) => Revalidation[];
  /** what a conflict hands the client to resolve it (AppError.details) */
  conflict?: (error: AppError) => C;
  /** the message for an unexpected failure (it is logged) */
  unexpected?: string;
};

export const GENERIC_FAILURE = "Something went wrong; nothing was saved. Please try again.";

export function deskCall<I, R, S, C = never>(useCase: UseCase<I, R>, options: CallOptions<I, R, S, C>) {
  return async (input: I): Promise<S | CallError<C>> => {
    try {
      const result = await useCase(await getActor(), input);
      revalidateAll(options.revalidate?.(result, input) ?? []);
      return options.success(result, input);
    } catch (error) {
      const known = await knownFailure(error);
      if (!known) return { status: "error", message: options.unexpected ?? GENERIC_FAILURE, fieldErrors: {} };
      const failed: CallError<C> = { status: "error", message: known.message, fieldErrors: known.fieldErrors };
      return known.code === "conflict" && options.conflict ? { ...failed, conflict: options.conflict(known) } : failed;
    }
  };
}
