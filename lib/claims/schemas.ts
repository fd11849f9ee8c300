// What an editor types into the claim forms. A claim may be saved unfinished (no
// verdict, no conclusion yet): the submit checks require them (lib/review/submit-checks.ts).
import { z } from "zod";
import {
  baseUpdatedAtSchema,
  blankToNull,
  idSchema,
  isoDaySchema,
  optionalIdSchema,
  optionalTextSchema,
  textSchema,
} from "@/lib/quotes/schemas";

/** Who may be named as a claim's speaker source. */
export const CLAIMANT_KINDS = ["person", "organisation", "government", "outlet", "agency"] as const;

const claimFields = {
  briefId: idSchema("Choose a brief."),
  text: textSchema(2000, "Enter the claim as it was made."),
  quoted: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  speakerName: textSchema(200, "Enter who made the claim."),
  speakerSourceId: optionalIdSchema,
  documentId: optionalIdSchema,
  appearanceUrl: z.preprocess(
    blankToNull,
    z
      .url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://." })
      .max(2000)
      .nullable(),
  ),
  appearedOn: z.preprocess(blankToNull, isoDaySchema("Enter a date as YYYY-MM-DD.").nullable()),
  ratingId: optionalIdSchema,
  conclusion: optionalTextSchema(2000),
};

export const addClaimSchema = z.object(claimFields);
export const updateClaimSchema = z.object({ ...claimFields, claimId: idSchema("Choose a claim."), baseUpdatedAt: baseUpdatedAtSchema });
export const removeClaimSchema = z.object({ briefId: idSchema("Choose a brief."), claimId: idSchema("Choose a claim.") });
