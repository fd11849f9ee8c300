// What an editor sends to publish or withdraw a brief. The same schemas check the
// desk's forms, the server actions and the JSON API.
import { z } from "zod";
import { CorrectionKind } from "@/lib/db/client";

export const CORRECTION_KINDS = Object.values(CorrectionKind);
const MAX_SCHEDULE_DAYS = 366;

const briefId = z.string({ error: "Choose a brief." }).min(1, "Choose a brief.").max(64);

const boundedText = (what: string, min: number, max: number) =>
  z
    .string({ error: `Write ${what}.` })
    .trim()
    .min(min, `Write ${what} of at least ${min} characters.`)
    .max(max, `Use at most ${max.toLocaleString("en")} characters.`);

/** The public note readers see in the corrections log of a re-published brief. */
export const correctionSchema = z.object({
  kind: z.enum(CorrectionKind, { error: "Choose a kind: correction, update, clarification or verdict change." }),
  note: boundedText("a note for readers", 10, 2000),
});
export type CorrectionInput = z.infer<typeof correctionSchema>;

export const publishBriefSchema = z.object({
  briefId,
  correction: correctionSchema.optional(),
  /** the change since the last publication is cosmetic: no public correction needed */
  cosmetic: z.boolean({ error: "Say whether the change is cosmetic." }).optional(),
  /** publish at this moment instead of now: readers see it from then on */
  scheduledFor: z.coerce
    .date({ error: "Give a date and time to publish at." })
    .refine((d) => d.getTime() > Date.now() + 60_000, "Choose a time at least a minute from now, or publish now.")
    .refine((d) => d.getTime() < Date.now() + MAX_SCHEDULE_DAYS * 86_400_000, `Schedule at most ${MAX_SCHEDULE_DAYS} days ahead.`)
    .optional(),
});
export type PublishBriefInput = z.infer<typeof publishBriefSchema>;

export const withdrawBriefSchema = z.object({
  briefId,
  /** shown to readers on the brief's page */
  reason: boundedText("a reason for readers", 10, 1000),
});
export type WithdrawBriefInput = z.infer<typeof withdrawBriefSchema>;

export const cancelScheduleSchema = z.object({ briefId });
