// What an admin or editor types about a source. The same schemas check the desk's
// forms, the server actions and (later) the JSON API: `sourceFieldsSchema` is the
// whole record as an admin edits it.
import { z } from "zod";
import { Reliability, SourceKind } from "@/lib/db/client";
import { normaliseDomains } from "@/lib/capture/match-publisher";

export const SOURCE_KINDS = Object.values(SourceKind);
export const RELIABILITIES = Object.values(Reliability);

const INVALID_URL = "Enter a full web address such as https://example.org, or leave it empty.";
const INVALID_COUNTRY = "Use a two-letter country code such as UA or GB, or leave it empty.";

/** Form fields arrive as strings, absent ones as null: blank means "none". */
const blankToNull = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value;
const text = (max: number) =>
  z.preprocess(
    (value) => value ?? "",
    z
      .string()
      .trim()
      .max(max, `Use at most ${max.toLocaleString("en")} characters.`),
  );

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
/** ISO 3166-1 alpha-2, as the Unicode region list knows it (with EU and XK). */
export function isKnownCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && code !== "ZZ" && regionNames.of(code) !== undefined;
}

const name = z
  .string({ error: "Enter a name." })
  .trim()
  .min(1, "Enter a name.")
  .max(200, "Use at most 200 characters.")
  .regex(/^[^\p{Cc}]*$/u, "Use letters, not control characters.");
const kind = z.enum(SourceKind, { error: "Choose a kind: outlet, agency, government, organisation, person or dataset." });
const homepageUrl = z.preprocess(
  (value) => {
    const url = blankToNull(value);
    if (typeof url !== "string") return url;
    const trimmed = url.trim();
    // "example.org" is taken to mean https://example.org
    return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  },
  z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: INVALID_URL })
    .max(2000, "Use at most 2,000 characters.")
    .nullable(),
);
const country = z.preprocess(
  (value) => {
    const code = blankToNull(value);
    return typeof code === "string" ? code.trim().toUpperCase() : code;
  },
  z.string({ error: INVALID_COUNTRY }).refine(isKnownCountryCode, INVALID_COUNTRY).nullable(),
);
const reliability = z.enum(Reliability, { error: "Choose a rating: high, mixed, low or unrated." }).default("unrated");
const notes = text(5000);
/** The domains a source publishes on, one per line or comma-separated; URL capture matches pages by them. */
const domains = z.preprocess(
  (value) => (typeof value === "string" ? value.split(/[\s,]+/) : value === null ? undefined : value),
  z
    .array(z.string().max(300, "Use at most 300 characters for a domain."), { error: "List domains such as example.org, one per line." })
    .max(50, "List at most 50 domains.")
    .transform((entries, ctx) => {
      const { domains: tidy, invalid } = normaliseDomains(entries);
      if (invalid.length)
        ctx.addIssue({
          code: "custom",
          message: `Not a domain a site can have: ${invalid.slice(0, 3).join(", ")}. Use names such as example.org or news.example.org.`,
        });
      return tidy;
    })
    .optional(),
);

/** The fields of a source, without the rule that ties the rating to its rationale. */
export const sourceFieldsObject = z.object({
  name,
  kind,
  homepageUrl,
  country,
  reliability,
  reliabilityRationale: text(2000),
  stateAffiliated: z.boolean({ error: "Say whether the source is state-affiliated." }).default(false),
  notes,
  domains,
});

/** A rating is only as good as its reason: every rating but "unrated" needs one. */
function rationaleForRating(fields: { reliability: string; reliabilityRationale: string }, ctx: z.RefinementCtx) {
  if (fields.reliability !== "unrated" && fields.reliabilityRationale === "") {
    ctx.addIssue({
      code: "custom",
      path: ["reliabilityRationale"],
      message: "Explain the rating: a rationale is required unless the source is unrated.",
    });
  }
}

export const sourceFieldsSchema = sourceFieldsObject.superRefine(rationaleForRating);
export type SourceFields = z.infer<typeof sourceFieldsSchema>;

const sourceId = z.string({ error: "Choose a source." }).min(1, "Choose a source.").max(64);
/** the source's updatedAt when the form was loaded: an edit over a newer version is refused */
const baseUpdatedAt = z.iso.datetime({ error: "This form is out of date: reload the page." }).optional();

export const createSourceSchema = sourceFieldsSchema;
export const updateSourceSchema = sourceFieldsObject.extend({ sourceId, baseUpdatedAt }).superRefine(rationaleForRating);

/** What an editor may say about a source they propose: no rating, no affiliation. */
export const proposeSourceSchema = z.object({
  name,
  kind,
  homepageUrl,
  country,
  notes,
  domains,
});

/**
 * Confirming a proposal, optionally with the admin's edits in the same step: `fields`,
 * when given, is checked with sourceFieldsSchema on its own, so that its errors are
 * keyed by field name as the edit form's are.
 */
export const confirmSourceSchema = z.object({ sourceId, baseUpdatedAt, fields: z.unknown().optional() });

/** retire, restore, delete */
export const sourceTargetSchema = z.object({ sourceId });

export const listSourcesSchema = z.object({
  q: text(200),
  kind: z.preprocess(blankToNull, z.enum(SourceKind, { error: "Choose a kind." }).nullable()),
  includeRetired: z.boolean().default(false),
});

export const sourceOptionsSchema = z.object({
  kinds: z.array(kind).optional(),
  /** ids to list even when retired: the current value of a picker */
  includeIds: z.array(sourceId).max(100).default([]),
});
