// What an editor types into the quote forms. The same schemas check the server
// actions and (later) the JSON API; the small pieces at the top are shared with the
// event schemas (lib/events/schemas.ts).
import { z } from "zod";
import { QUOTE_DATE_PRECISIONS } from "@/lib/dates/labels";
import { parseIsoDay } from "@/lib/dates/precision";

/** A form sends "" for an empty field and null for a missing one: both mean "none". */
export const blankToNull = (value: unknown) => (value === "" || value === null || value === undefined ? null : value);

export const idSchema = (message: string) => z.string({ error: message }).trim().min(1, message).max(64, message);

/** The id of a row the editor may leave unchosen (a speaker source, a reporter). */
export const optionalIdSchema = z.preprocess(blankToNull, z.string().trim().max(64).nullable());

export const textSchema = (max: number, empty?: string) => {
  const text = z.string({ error: empty ?? "Enter text." }).trim();
  return (empty ? text.min(1, empty) : text).max(max, `Use at most ${max.toLocaleString("en")} characters.`);
};

/** Text the editor may leave empty: stored as "". */
export const optionalTextSchema = (max: number) => z.preprocess((value) => value ?? "", textSchema(max));

export const isoDaySchema = (empty: string) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, { error: empty, abort: true })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Enter a date as YYYY-MM-DD.", abort: true })
    .refine((day) => isRealDay(day), "There is no such day.");

/** An item edited from a form carries when it was last changed, so a stale edit is refused. */
export const baseUpdatedAtSchema = z.preprocess(blankToNull, z.iso.datetime().nullable()).optional();

function isRealDay(day: string): boolean {
  try {
    parseIsoDay(day);
    return true;
  } catch {
    return false;
  }
}

/** Who may be named as a quote's speaker source. */
export const SPEAKER_KINDS = ["person", "organisation", "government"] as const;

const quoteFields = {
  briefId: idSchema("Choose a brief."),
  text: textSchema(5000, "Enter the exact words."),
  speakerName: textSchema(200, "Enter who said it."),
  speakerTitle: optionalTextSchema(200),
  speakerSourceId: optionalIdSchema,
  documentId: idSchema("Choose the document the quote comes from."),
  saidOn: z.preprocess(blankToNull, isoDaySchema("Enter a date as YYYY-MM-DD.").nullable()),
  saidOnPrecision: z.preprocess(
    blankToNull,
    z.enum(QUOTE_DATE_PRECISIONS, { error: "Choose how precisely the date is known." }).nullable(),
  ),
  context: optionalTextSchema(1000),
};

export const addQuoteSchema = z.object(quoteFields).transform(({ saidOn, saidOnPrecision, ...rest }) => ({
  ...rest,
  saidOn,
  // A date with no precision given is a day; no date, no precision.
  saidOnPrecision: saidOn ? (saidOnPrecision ?? "day") : null,
}));

export const updateQuoteSchema = z
  .object({ ...quoteFields, quoteId: idSchema("Choose a quote."), baseUpdatedAt: baseUpdatedAtSchema })
  .transform(({ saidOn, saidOnPrecision, ...rest }) => ({
    ...rest,
    saidOn,
    saidOnPrecision: saidOn ? (saidOnPrecision ?? "day") : null,
  }));

export const moveQuoteSchema = z.object({
  briefId: idSchema("Choose a brief."),
  quoteId: idSchema("Choose a quote."),
  direction: z.enum(["up", "down"], { error: "Move a quote up or down." }),
});

export const removeQuoteSchema = z.object({ briefId: idSchema("Choose a brief."), quoteId: idSchema("Choose a quote.") });

export const briefItemsSchema = z.object({ briefId: idSchema("Choose a brief.") });

/** The longest passage a quote can be made of: a quote's text holds at most 5,000 characters. */
export const MAX_PASSAGE_CHARS = 5000;
/** Offsets into a captured text, which holds at most 2 MB. */
const offsetSchema = z.coerce
  .number({ error: "Select a passage of the document." })
  .int()
  .min(0)
  .max(2 * 1024 * 1024);

/** A passage of a document the brief cites: [start, end) in UTF-16 code units of its captured text. */
export const passageSchema = z
  .object({
    briefId: idSchema("Choose a brief."),
    documentId: idSchema("Choose the document the quote comes from."),
    start: offsetSchema,
    end: offsetSchema,
  })
  .refine((p) => p.end > p.start, { path: ["text"], message: "Select the words to quote." })
  .refine((p) => p.end - p.start <= MAX_PASSAGE_CHARS, {
    path: ["text"],
    message: `Select at most ${MAX_PASSAGE_CHARS.toLocaleString("en")} characters.`,
  });

/** Quoting a passage: its offsets and the exact words the editor saw there, and who said them. */
export const quotePassageSchema = z
  .object({
    briefId: idSchema("Choose a brief."),
    documentId: idSchema("Choose the document the quote comes from."),
    start: offsetSchema,
    end: offsetSchema,
    text: z
      .string({ error: "Select the words to quote." })
      .min(1, "Select the words to quote.")
      .max(MAX_PASSAGE_CHARS, `Select at most ${MAX_PASSAGE_CHARS.toLocaleString("en")} characters.`),
    speakerName: quoteFields.speakerName,
    speakerTitle: quoteFields.speakerTitle,
    speakerSourceId: quoteFields.speakerSourceId,
    saidOn: quoteFields.saidOn,
    saidOnPrecision: quoteFields.saidOnPrecision,
  })
  .refine((p) => p.end - p.start === p.text.length, {
    path: ["text"],
    message: "The passage and its offsets do not agree: select it again.",
  });
