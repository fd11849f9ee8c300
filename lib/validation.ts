// zod parsing that fails the way the UI and the API expect: an AppError("invalid")
// with a message per field.
import type { z } from "zod";
import { AppError } from "./errors";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.join(".") || "form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  throw new AppError("invalid", "Please correct the highlighted fields.", fieldErrors);
}
