// zod parsing that fails the way the UI and the API expect: an AppError("invalid")
// with a message per field. Every string in the input is checked first, whatever the
// schema: text with NUL or a lone surrogate is refused here, next to its field, rather
// than failing in PostgreSQL or being changed on the way (lib/text/safe-text.ts).
import type { z } from "zod";
import { unsafeTextFields } from "@/lib/text/safe-text";
import { AppError } from "./errors";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const unsafe = unsafeTextFields(input);
  if (Object.keys(unsafe).length > 0) throw new AppError("invalid", "Please correct the highlighted fields.", unsafe);
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.join(".") || "form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  throw new AppError("invalid", "Please correct the highlighted fields.", fieldErrors);
}

/**
 * A use case's input type: `z.input` of its schema, with the keys whose input is
 * `unknown` optional. Those are preprocessed fields (a form's "" or a missing value
 * made null or a default), which accept a missing value; zod types them as required.
 */
export type UseCaseInput<S extends z.ZodType> = OptionalUnknown<z.input<S>>;

type OptionalUnknown<T> = T extends readonly unknown[] | Date | string | number | boolean | null | undefined
  ? T
  : T extends object
    ? { [K in keyof T as unknown extends T[K] ? never : K]: T[K] } & { [K in keyof T as unknown extends T[K] ? K : never]?: T[K] }
    : T;
