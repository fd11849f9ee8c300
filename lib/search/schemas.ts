// What a reader (or the API) asks search for. Everything arrives as query-string text:
// a blank field means "not given", a repeated parameter counts once. The words
// themselves are not refused for their content here (PostgreSQL's websearch syntax
// accepts any text; search-briefs.ts refuses a query of only -exclusions); only their
// length, the dates and the page number can be wrong.
import { z } from "zod";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/text/slug";

export const SEARCH_PAGE_SIZE = 10;
/**
 * Ranking looks at the most recent matches, at most this many (see search-briefs.ts);
 * pages go as far as they reach.
 */
export const SEARCH_WINDOW = 200;
export const MAX_SEARCH_PAGE = SEARCH_WINDOW / SEARCH_PAGE_SIZE;
export const MAX_QUERY_LENGTH = 1000;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blankIsUnset = (v: unknown) => {
  const value = first(v);
  return typeof value === "string" && value.trim() === "" ? undefined : value;
};

const day = (label: string) =>
  z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, `Give the ${label} date as YYYY-MM-DD.`)
      .refine(
        (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
        `The ${label} date is not a real date.`,
      )
      .optional(),
  );

export const searchParamsSchema = z
  .object({
    q: z.preprocess(
      // Control characters are never words, and PostgreSQL refuses NUL in text.
      (v) => (typeof first(v) === "string" ? (first(v) as string).replace(/[\u0000-\u001f\u007f]/g, " ") : (first(v) ?? "")),
      z
        .string()
        .trim()
        .max(MAX_QUERY_LENGTH, `Search with at most ${MAX_QUERY_LENGTH.toLocaleString("en")} characters.`),
    ),
    topic: z.preprocess(
      blankIsUnset,
      z.string().max(SLUG_MAX_LENGTH, "Choose a topic from the list.").regex(SLUG_PATTERN, "Choose a topic from the list.").optional(),
    ),
    from: day("from"),
    to: day("to"),
    page: z.preprocess(
      (v) => blankIsUnset(v) ?? "1",
      z.coerce
        .number({ error: "The page is a number." })
        .int("The page is a whole number.")
        .min(1, "Pages start at 1.")
        .max(MAX_SEARCH_PAGE, `Results go to page ${MAX_SEARCH_PAGE}; add words to narrow the search.`),
    ),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { path: ["to"], message: "The to date is before the from date." });

export type SearchParams = z.infer<typeof searchParamsSchema>;
