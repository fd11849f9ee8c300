// What an editor types into the brief form. The same schemas check the form, the
// server actions and (later) the JSON API.
import { z } from "zod";
import { INVISIBLE_MESSAGE, isInvisibleText } from "@/lib/text/safe-text";
import { SLUG_PATTERN, slugify } from "@/lib/text/slug";

export function topicsFromText(text: string): string[] {
  return [
    ...new Set(
      text
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** One topic per slug, the first spelling kept: "Ukraine, ukraine" is one topic, not a clash. */
export function mergeTopics(names: string[]): string[] {
  const bySlug = new Map<string, string>();
  for (const name of names) if (!bySlug.has(slugify(name, "topic"))) bySlug.set(slugify(name, "topic"), name);
  return [...bySlug.values()];
}

/** A title may be left empty in a draft, but not filled with nothing a reader can see. */
const titleText = z
  .string()
  .trim()
  .max(200, "Use at most 200 characters.")
  .refine((title) => title === "" || !isInvisibleText(title), "The title has only spaces or invisible characters: use visible words.");

export const briefFieldsSchema = z.object({
  title: titleText,
  slug: z
    .string()
    .trim()
    .min(1, "Enter a slug.")
    .max(80, "Use at most 80 characters.")
    .regex(SLUG_PATTERN, "Use lowercase letters, digits and single hyphens, e.g. ukraine-cuts-ties."),
  summary: z.string().trim().max(600, "Keep the summary to one or two sentences (600 characters)."),
  body: z.string().max(100_000, "The body is too long (100,000 characters)."),
  /** topic names; the form sends them comma-separated */
  topics: z.preprocess(
    (value) => (typeof value === "string" ? topicsFromText(value) : value),
    z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .max(60, "A topic has at most 60 characters.")
          .refine((name) => !isInvisibleText(name), `A topic: ${INVISIBLE_MESSAGE}`),
      )
      .max(10, "Use at most 10 topics.")
      .transform(mergeTopics),
  ),
});

export type BriefFields = z.infer<typeof briefFieldsSchema>;

export const createBriefSchema = briefFieldsSchema.extend({
  title: titleText.refine((title) => title !== "", "Enter a title."),
  /** left empty, it is derived from the title */
  slug: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), briefFieldsSchema.shape.slug.optional()),
});

export const updateBriefSchema = z.object({
  briefId: z.string().min(1),
  /** the version the editor's text is based on */
  baseVersion: z.coerce.number().int().min(1),
  fields: briefFieldsSchema,
  /** the fields as the editor loaded them: a save only conflicts if someone changed those */
  base: briefFieldsSchema.partial().optional(),
  autosave: z.boolean().default(false),
});
