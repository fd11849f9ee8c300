// What an editor types into the event forms. The same schemas check the server
// actions and (later) the JSON API.
import { z } from "zod";
import { DatePrecision } from "@/lib/db/client";
import {
  baseUpdatedAtSchema,
  blankToNull,
  idSchema,
  isoDaySchema,
  optionalIdSchema,
  optionalTextSchema,
  textSchema,
} from "@/lib/quotes/schemas";

const dates = z.object({
  date: isoDaySchema("Enter the date as YYYY-MM-DD: any day inside the period."),
  precision: z.preprocess((value) => value || "day", z.enum(DatePrecision, { error: "Choose how precisely the date is known." })),
  dateEnd: z.preprocess(blankToNull, isoDaySchema("Enter the end date as YYYY-MM-DD.").nullable()),
});

const eventFields = {
  briefId: idSchema("Choose a brief."),
  description: textSchema(2000, "Describe what happened."),
  ...dates.shape,
  /** what readers see; empty means "the label generated from the date" */
  dateLabel: optionalTextSchema(120),
  place: optionalTextSchema(200),
  /** it has not happened yet: the source dates a future event ("will open on 1 July") */
  planned: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
  documentIds: z.preprocess(
    (value) => value ?? [],
    z.array(idSchema("Choose a document.")).min(1, "Choose at least one document that reports it.").max(50),
  ),
  reportedById: optionalIdSchema,
};

type Dates = z.output<typeof dates>;

// A range names its last day, on or after its first. Checked as soon as the dates
// themselves are valid, so the error shows with the form's other errors.
const rangeChecks = <T extends z.ZodType<Dates>>(schema: T) =>
  schema
    .refine((e) => e.precision !== "range" || e.dateEnd !== null, {
      path: ["dateEnd"],
      error: "Enter the last day of the range.",
      when: (payload) => dates.safeParse(payload.value).success,
    })
    .refine((e) => e.precision !== "range" || e.dateEnd === null || e.dateEnd >= e.date, {
      path: ["dateEnd"],
      error: "The end date must be on or after the start date.",
      when: (payload) => dates.safeParse(payload.value).success,
    })
    // Only a range has an end.
    .transform((e) => ({ ...e, dateEnd: e.precision === "range" ? e.dateEnd : null }));

export const addEventSchema = rangeChecks(z.object(eventFields));

export const updateEventSchema = rangeChecks(
  z.object({ ...eventFields, eventId: idSchema("Choose an event."), baseUpdatedAt: baseUpdatedAtSchema }),
);

export const removeEventSchema = z.object({ briefId: idSchema("Choose a brief."), eventId: idSchema("Choose an event.") });
