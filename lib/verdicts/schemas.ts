// What an admin types into the verdict scale's forms.
import { z } from "zod";
import { idSchema, textSchema } from "@/lib/quotes/schemas";

const ratingFields = {
  name: textSchema(60, "Name the rating, e.g. “Mostly true”."),
  definition: textSchema(300, "Write the one-line definition readers see."),
  value: z.coerce
    .number({ error: "Give a whole number." })
    .int("Give a whole number.")
    .min(-100, "Use a number from -100 to 100.")
    .max(100, "Use a number from -100 to 100."),
};

export const createRatingSchema = z.object(ratingFields);
export const updateRatingSchema = z.object({ ...ratingFields, ratingId: idSchema("Choose a rating.") });
export const ratingIdSchema = z.object({ ratingId: idSchema("Choose a rating.") });
export const moveRatingSchema = z.object({
  ratingId: idSchema("Choose a rating."),
  direction: z.enum(["up", "down"], { error: "Move a rating up or down." }),
});

/** `scale`: claims get a rating of the scale; `conclusion_only`: claims get a written conclusion and no rating. */
export const VERDICT_MODES = ["scale", "conclusion_only"] as const;
export type VerdictMode = (typeof VERDICT_MODES)[number];
export const verdictModeSchema = z.enum(VERDICT_MODES, { error: "Choose a scale or conclusion-only." });
