// The API's own schemas: query parameters of the public reads and the shapes of every
// answer. Request bodies of the editorial API are the domain's schemas (lib/briefs,
// lib/quotes, …), the same ones the desk's forms go through. The OpenAPI document is
// generated from both (openapi-document.ts).
import { z } from "zod";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/text/slug";
import { documentFieldsSchema } from "@/lib/documents/schemas";

const blankIsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date as YYYY-MM-DD.")
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    "There is no such day.",
  );
const dateTime = z.iso.datetime({ offset: true });

export const listBriefsQuerySchema = z
  .object({
    limit: z
      .preprocess(blankIsUnset, z.coerce.number().int().min(1).max(100).default(20))
      .meta({ description: "briefs per page (1–100)", example: 20 }),
    cursor: z.preprocess(blankIsUnset, z.string().max(500).optional()).meta({ description: "`nextCursor` of the previous page; opaque" }),
    topic: z
      .preprocess(blankIsUnset, z.string().max(SLUG_MAX_LENGTH).regex(SLUG_PATTERN, "Give a topic's slug.").optional())
      .meta({ description: "only briefs filed under this topic (its slug)", example: "north-korea" }),
    from: z
      .preprocess(blankIsUnset, isoDay.optional())
      .meta({ description: "published on or after this day (UTC)", example: "2022-01-01" }),
    to: z.preprocess(blankIsUnset, isoDay.optional()).meta({ description: "published on or before this day (UTC)", example: "2022-12-31" }),
    q: z.preprocess(blankIsUnset, z.string().max(1000).optional()).meta({
      description: 'full-text search words (PostgreSQL websearch syntax: "phrases", or, -word); results are then ranked by relevance',
    }),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { path: ["to"], message: "The to date is before the from date." });

export const topicRefSchema = z.object({ slug: z.string(), name: z.string() }).meta({ id: "TopicRef" });

export const briefSummarySchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    topics: z.array(topicRefSchema),
    publishedAt: dateTime,
    url: z.url().meta({ description: "the brief's page on the reader site" }),
  })
  .meta({ id: "BriefSummary" });

export const briefListSchema = z
  .object({
    items: z.array(briefSummarySchema),
    nextCursor: z.string().nullable().meta({ description: "pass as `cursor` for the next page; null on the last page" }),
  })
  .meta({ id: "BriefList" });

export const sourceSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    kind: z.string(),
    homepageUrl: z.string().nullable(),
    country: z.string().nullable(),
    reliability: z.string(),
    reliabilityRationale: z.string(),
    stateAffiliated: z.boolean(),
  })
  .meta({ id: "Source" });

export const sourceEntrySchema = sourceSchema.extend({ retired: z.boolean() }).meta({ id: "SourceEntry" });

export const documentSchema = z
  .object({
    id: z.string(),
    ref: z.string().nullable(),
    title: z.string(),
    url: z.string().nullable(),
    author: z.string().nullable(),
    publishedOn: z.string().nullable(),
    language: z.string(),
    contentHash: z.string().meta({ description: "sha-256 of the captured text, hex" }),
    source: sourceSchema,
    record: z
      .object({
        method: z.string().meta({ description: "phone_call, video_call, in_person, press_conference, recording or email" }),
        by: z.string().meta({ description: "who on the desk made the record" }),
      })
      .optional()
      .meta({
        description:
          "only on the desk's own record of what it heard (publishedOn is the day); readers see such a quote as from our own record, not as someone else's document",
      }),
  })
  .meta({ id: "Document" });

export const quoteSchema = z
  .object({
    ref: z.string(),
    text: z.string(),
    speakerName: z.string(),
    speakerTitle: z.string(),
    speakerSource: sourceSchema.nullable(),
    documentId: z.string(),
    saidOn: z.string().nullable(),
    saidOnPrecision: z.string().nullable(),
    language: z.string(),
    translationNote: z.string(),
    context: z.string(),
    verification: z.string().meta({
      description:
        "verbatim or altered (a quote not found in its document cannot be published; older publications may say not_found or checked_by_hand)",
    }),
    difference: z
      .object({
        passage: z.string().meta({ description: "the document's words the quote differs from" }),
        before: z.string(),
        after: z.string(),
        diff: z.array(z.object({ op: z.string(), text: z.string(), source: z.string().optional() })).meta({
          description:
            "word diff in reading order: same, dropped (in the source only), added (in the quote only), changed (text: the quote's words, source: the document's), omitted (left out by an ellipsis), insertion ([editor's words])",
        }),
      })
      .optional()
      .meta({ description: "only on an altered quote: how it differs from the source text, as readers are shown" }),
  })
  .meta({ id: "Quote" });

export const eventSchema = z
  .object({
    ref: z.string(),
    description: z.string(),
    dateStart: z.string(),
    dateEnd: z.string().nullable(),
    precision: z.string(),
    dateLabel: z.string(),
    place: z.string(),
    reportedBy: sourceSchema.nullable(),
    documentIds: z.array(z.string()),
    planned: z.boolean().meta({ description: "true for an event that had not happened when this version was published" }),
  })
  .meta({ id: "Event" });

export const correctionSchema = z
  .object({
    kind: z.enum(["correction", "update", "clarification"]),
    note: z.string(),
    createdAt: dateTime,
  })
  .meta({ id: "Correction" });

export const briefDetailSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    body: z.string().meta({ description: "Markdown with citation markers such as [@q1]" }),
    bodyHtml: z.string().meta({ description: "the body rendered and sanitised, as the reader site shows it" }),
    topics: z.array(topicRefSchema),
    url: z.url(),
    version: z.number().int().meta({ description: "the publication's version: 1, then one more per correction or update" }),
    publishedAt: dateTime,
    firstPublishedAt: dateTime,
    review: z.object({ reviewerName: z.string(), decidedAt: dateTime.nullable(), selfApproved: z.boolean() }).nullable(),
    quotes: z.array(quoteSchema),
    events: z.array(eventSchema),
    documents: z.array(documentSchema),
    sources: z.array(sourceSchema),
    corrections: z.array(correctionSchema),
  })
  .meta({ id: "BriefDetail" });

export const withdrawnBriefSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    url: z.url(),
    withdrawn: z.object({ reason: z.string(), at: dateTime }),
  })
  .meta({ id: "WithdrawnBrief" });

export const topicListSchema = z
  .object({
    items: z.array(z.object({ slug: z.string(), name: z.string(), briefCount: z.number().int() })),
  })
  .meta({ id: "TopicList" });

export const sourceListSchema = z.object({ items: z.array(sourceEntrySchema) }).meta({ id: "SourceList" });

export const openApiDocumentSchema = z
  .looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.record(z.string(), z.unknown()) })
  .meta({ id: "OpenApiDocument", description: "this document" });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum([
        "invalid",
        "unauthenticated",
        "forbidden",
        "not_found",
        "conflict",
        "checks_failed",
        "too_large",
        "throttled",
        "internal",
      ]),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: "for invalid: messages per field" }),
      details: z.unknown().optional().meta({ description: "for conflict and checks_failed: what the caller needs to resolve it" }),
    }),
  })
  .meta({ id: "Error" });

// Editorial answers. Items the desk shows (quotes, events) have more fields than listed.
export const createdBriefSchema = z.object({ id: z.string(), slug: z.string(), version: z.number().int() }).meta({ id: "CreatedBrief" });
export const savedBriefSchema = z
  .object({
    version: z.number().int(),
    saved: z.boolean(),
    savedAt: dateTime,
    fields: z
      .object({ title: z.string(), slug: z.string(), summary: z.string(), body: z.string(), topics: z.array(z.string()) })
      .meta({ description: "the fields as saved now: yours, with other saves' changes to fields you left alone merged in" }),
  })
  .meta({ id: "SavedBrief" });
export const addedDocumentSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    contentHash: z.string(),
    briefId: z.string().nullable(),
    ref: z.string().nullable(),
    capture: z
      .object({
        finalUrl: z.string().meta({ description: "where the page was fetched from, after redirects" }),
        fetchedAt: dateTime,
        proposedSourceId: z
          .string()
          .nullable()
          .meta({ description: "a source proposed from the page because no source lists its domain (an admin confirms it)" }),
      })
      .optional()
      .meta({ description: "only when the page was captured from `url`" }),
  })
  .meta({ id: "AddedDocument" });
export const attachedDocumentSchema = z.object({ documentId: z.string(), ref: z.string() }).meta({ id: "AttachedDocument" });
export const addedQuoteSchema = z
  .object({
    quote: z.looseObject({ id: z.string(), ref: z.string(), text: z.string(), verification: z.string() }),
    version: z.number().int(),
  })
  .meta({ id: "AddedQuote" });
export const addedEventSchema = z
  .object({
    event: z.looseObject({ id: z.string(), ref: z.string(), description: z.string(), dateLabel: z.string() }),
    version: z.number().int(),
  })
  .meta({ id: "AddedEvent" });
export const submittedSchema = z
  .object({
    briefId: z.string(),
    state: z.literal("in_review"),
    reviewId: z.string(),
    revision: z.object({ id: z.string(), number: z.number().int(), contentHash: z.string() }),
    warnings: z.array(z.looseObject({ code: z.string(), message: z.string(), itemRef: z.string().optional() })).meta({
      description: "what does not block review but the author should know, e.g. a quote that differs from its document (quote_altered)",
    }),
  })
  .meta({ id: "Submitted" });
export const decisionSchema = z
  .object({
    reviewId: z.string(),
    briefId: z.string(),
    state: z.string(),
    selfApproved: z.boolean(),
  })
  .meta({ id: "Decision" });
export const publishedSchema = z
  .object({ publicationId: z.string(), version: z.number().int(), publishedAt: dateTime })
  .meta({ id: "Published" });
export const withdrawnSchema = z.object({ briefId: z.string(), withdrawnAt: dateTime }).meta({ id: "Withdrawn" });

// Editorial request bodies that differ from the domain input only by where the ids
// come from (the path) or by the name of the optimistic-locking field (`version`).
export const versionField = z.coerce
  .number()
  .int()
  .min(1)
  .meta({ description: "the brief's version your change is based on; a stale one gets 409" });

export const updateBriefBodySchema = z
  .object({
    version: versionField,
    title: z.string().optional(),
    slug: z.string().optional(),
    summary: z.string().optional(),
    body: z.string().optional(),
    topics: z.array(z.string()).optional(),
  })
  .meta({ description: "Only the fields given change; the others keep their saved values." });

export const submitBodySchema = z.object({
  version: versionField,
  reviewerId: z.string().nullish().meta({ description: "a named reviewer (a user id); without one the review waits in the queue" }),
});

/** The API takes captured text as JSON; the desk's file upload has no API equivalent. */
export const documentBodySchema = documentFieldsSchema.extend({
  capturedText: z.string().optional().meta({
    description:
      "the document's text, stored exactly as given: at most 2 MB (UTF-8); a longer text is refused with a field error. Omit it and give `url` to capture the page instead",
  }),
  url: z.string().optional().meta({
    description:
      "the page's web address. Without `capturedText` the server captures it: fetches it (public http/https addresses only, ports 80 and 443, at most 5 redirects, 5 MB and 15 s; HTML and plain text, not PDF yet), takes its main text as the captured text, keeps the page as fetched as the archived copy, and fills title, author, publishedOn and language from the page's metadata where you give none",
  }),
  title: z.string().optional().meta({ description: "required unless the page is captured from `url` (then the page's title by default)" }),
  sourceId: z.string().optional().meta({
    description:
      "the publisher; required unless the page is captured from `url`: then by default the source listing the page's domain, else a source proposed from the page",
  }),
  kind: z.enum(["published", "own_record"]).optional().meta({
    description:
      "published (the default), or own_record: the desk's own notes or transcript of a call, interview or press conference; then recordMethod, recordedBy and publishedOn (the day) are required",
  }),
  recordMethod: z
    .enum(["phone_call", "video_call", "in_person", "press_conference", "recording", "email"])
    .optional()
    .meta({ description: "for own_record: how the desk heard it" }),
  recordedBy: z.string().optional().meta({ description: "for own_record: who on the desk made the record" }),
});
export const attachDocumentBodySchema = z.object({ documentId: z.string().meta({ description: "an existing document to attach" }) });

export const decisionBodySchema = z.discriminatedUnion("decision", [
  z.object({
    decision: z.literal("approve"),
    checks: z.array(
      z.object({
        itemKind: z.enum(["quote", "event", "claim", "body"]),
        itemRef: z.string(),
        checked: z.boolean(),
        note: z.string().optional(),
      }),
    ),
    message: z.string().optional(),
  }),
  z.object({ decision: z.literal("request_changes"), message: z.string().min(1), checks: z.array(z.unknown()).optional() }),
]);
