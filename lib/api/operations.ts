// Every operation of /api/v1: its route, who may call it, what it answers. The
// OpenAPI document and the reference page are made from this list.
export type Operation = {
  method: "GET" | "POST" | "PATCH";
  /** OpenAPI path; `{id}` is the route folder `[id]` */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  /** needs a bearer API token */
  auth: boolean;
  status?: number;
  /** component id of the success body */
  response: string;
  responseDescription?: string;
  otherResponses?: Record<number, string>;
  errors: number[];
  pathParams?: Record<string, string>;
  example?: unknown;
};

const PUBLIC_ERRORS = [304, 400, 429];
const EDIT_ERRORS = [400, 401, 403, 404, 409, 429];

export const OPERATIONS: Operation[] = [
  {
    method: "GET",
    path: "/api/v1/briefs",
    operationId: "listBriefs",
    auth: false,
    response: "BriefList",
    summary: "List published briefs, newest first",
    description:
      "Cursor-paginated: pass `nextCursor` back as `cursor`. With `q`, a full-text search of title, summary, body and quotes, ranked by relevance (10 a page, `limit` does not apply; at most the 200 most recent matches are ranked).",
    errors: PUBLIC_ERRORS,
  },
  {
    method: "GET",
    path: "/api/v1/briefs/{slug}",
    operationId: "getBrief",
    auth: false,
    response: "BriefDetail",
    summary: "One published brief: its current publication with quotes, events, documents, sources and corrections",
    description:
      "A withdrawn brief answers 410 Gone with its withdrawal notice (reason and date). A slug that is unknown or not published yet answers 404.",
    otherResponses: { 410: "WithdrawnBrief" },
    errors: [...PUBLIC_ERRORS, 404],
    pathParams: { slug: "the brief's slug, as in /briefs/<slug>" },
  },
  {
    method: "GET",
    path: "/api/v1/topics",
    operationId: "listTopics",
    auth: false,
    response: "TopicList",
    summary: "Topics with at least one published brief",
    errors: PUBLIC_ERRORS,
  },
  {
    method: "GET",
    path: "/api/v1/sources",
    operationId: "listSources",
    auth: false,
    response: "SourceList",
    summary: "The source registry: confirmed sources with their reliability rating",
    description: "A source's `id` is what a document's `sourceId` takes.",
    errors: PUBLIC_ERRORS,
  },
  {
    method: "GET",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    auth: false,
    response: "OpenApiDocument",
    summary: "This OpenAPI 3.1 document",
    errors: [304, 429],
  },
  {
    method: "POST",
    path: "/api/v1/desk/briefs",
    operationId: "createBrief",
    auth: true,
    status: 201,
    response: "CreatedBrief",
    summary: "Start a brief (a draft at version 1, authored by the token's user)",
    description: "Without a slug, one is made from the title.",
    errors: [400, 401, 403, 429],
    example: {
      title: "Ukraine cuts ties with North Korea",
      summary: "Kyiv ended relations after Pyongyang recognised the separatist republics.",
      body: "",
      topics: ["Ukraine"],
    },
  },
  {
    method: "PATCH",
    path: "/api/v1/desk/briefs/{id}",
    operationId: "updateBrief",
    auth: true,
    response: "SavedBrief",
    summary: "Change a brief's title, slug, summary, body or topics",
    description:
      "Send the `version` your change is based on: if the brief was saved since, nothing is written and the answer is 409 with the current values in `details`.",
    errors: EDIT_ERRORS,
    pathParams: { id: "the brief's id" },
    example: { version: 1, body: "Kyiv cut ties [@q1]." },
  },
  {
    method: "POST",
    path: "/api/v1/desk/documents",
    operationId: "addDocument",
    auth: true,
    status: 201,
    response: "AddedDocument",
    summary: "Store a document (source material) and, with `briefId`, attach it to a brief",
    description:
      "The captured text is stored exactly as given, with its sha-256; quotes are verified against it. Give `url` without `capturedText` to have the server capture the page (its main text, metadata and an archived copy); refused addresses (private networks, other ports, PDF, over 5 MB) answer 400 with the reason on `url`. A text whose sha-256 is stored already is refused with 409, and `details.duplicateOf` names the stored document: attach that one instead (POST /api/v1/desk/briefs/{id}/documents).",
    errors: [400, 401, 403, 404, 409, 429],
    example: {
      title: "Statement of the Foreign Ministry",
      sourceId: "<a source id from GET /api/v1/sources>",
      capturedText: "Ukraine severs diplomatic relations…",
      briefId: "<brief id>",
    },
  },
  {
    method: "POST",
    path: "/api/v1/desk/briefs/{id}/documents",
    operationId: "attachDocument",
    auth: true,
    response: "AttachedDocument",
    summary: "Attach a stored document to a brief (it gets the next ref, d1, d2, …)",
    errors: EDIT_ERRORS,
    pathParams: { id: "the brief's id" },
  },
  {
    method: "POST",
    path: "/api/v1/desk/briefs/{id}/quotes",
    operationId: "addQuote",
    auth: true,
    status: 201,
    response: "AddedQuote",
    summary: "Add a quote citing one of the brief's documents; it is verified against the document's text at once",
    errors: EDIT_ERRORS,
    pathParams: { id: "the brief's id" },
    example: { text: "exact words", speakerName: "Dmytro Kuleba", documentId: "<document id>", saidOn: "2022-07-13" },
  },
  {
    method: "POST",
    path: "/api/v1/desk/briefs/{id}/events",
    operationId: "addEvent",
    auth: true,
    status: 201,
    response: "AddedEvent",
    summary: "Add a dated event to the brief's timeline, citing at least one of its documents",
    errors: EDIT_ERRORS,
    pathParams: { id: "the brief's id" },
    example: { description: "Ukraine severs relations", date: "2022-07-13", precision: "day", documentIds: ["<document id>"] },
  },
  {
    method: "POST",
    path: "/api/v1/desk/briefs/{id}/submit",
    operationId: "submitForReview",
    auth: true,
    response: "Submitted",
    summary: "Submit the brief for review",
    description: "The automatic checks must pass (else 422 with the problems); the `version` must be current (else 409).",
    errors: [...EDIT_ERRORS, 422],
    pathParams: { id: "the brief's id" },
    example: { version: 4 },
  },
  {
    method: "POST",
    path: "/api/v1/desk/reviews/{id}/decision",
    operationId: "decideReview",
    auth: true,
    response: "Decision",
    summary: "Approve a review (every quote and event checked) or request changes",
    description: "Nobody approves a brief they wrote or edited since its last approval (403), unless the desk allows self-approval.",
    errors: EDIT_ERRORS,
    pathParams: { id: "the review's id (from the submit answer)" },
    example: {
      decision: "approve",
      checks: [
        { itemKind: "quote", itemRef: "q1", checked: true },
        { itemKind: "event", itemRef: "e1", checked: true },
      ],
    },
  },
  {
    method: "POST",
    path: "/api/v1/desk/briefs/{id}/publish",
    operationId: "publishBrief",
    auth: true,
    response: "Published",
    summary: "Publish (or schedule) the approved revision; a new version of a published brief needs a correction note or `cosmetic: true`",
    errors: EDIT_ERRORS,
    pathParams: { id: "the brief's id" },
    example: { correction: { kind: "correction", note: "An earlier version gave the wrong date." } },
  },
  {
    method: "POST",
    path: "/api/v1/desk/briefs/{id}/withdraw",
    operationId: "withdrawBrief",
    auth: true,
    response: "Withdrawn",
    summary: "Withdraw a published brief with a public reason",
    errors: EDIT_ERRORS,
    pathParams: { id: "the brief's id" },
    example: { reason: "The main source retracted its report." },
  },
];

/** The operations' route files, e.g. "app/api/v1/desk/briefs/[id]/route.ts#PATCH". */
export function operationRouteKey(op: Pick<Operation, "method" | "path">): string {
  return `app${op.path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts#${op.method}`;
}
