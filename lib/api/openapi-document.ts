// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the API really
// uses: request bodies are the domain's input schemas (or the API's thin reshaping of
// them, schemas.ts), answers are the schemas in schemas.ts. zod 4's own
// z.toJSONSchema writes JSON Schema 2020-12, which is what OpenAPI 3.1 uses, so no
// converter library is needed. A test walks app/api/v1 and fails when a route handler
// is not listed here (openapi-document.int.test.ts).
import { z } from "zod";
import { createBriefSchema } from "@/lib/briefs/schemas";
import { addEventSchema } from "@/lib/events/schemas";
import { publishBriefSchema, withdrawBriefSchema } from "@/lib/publishing/schemas";
import { addQuoteSchema } from "@/lib/quotes/schemas";
import {
  attachDocumentBodySchema,
  decisionBodySchema,
  documentBodySchema,
  listBriefsQuerySchema,
  submitBodySchema,
  updateBriefBodySchema,
} from "./schemas";
import { OPERATIONS, type Operation } from "./operations";

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[] };

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Request-side JSON Schema of a zod schema: fields with defaults are optional, ids from the path are left out. */
export function inputSchema(
  schema: z.ZodType,
  { omit = [] as string[], required }: { omit?: string[]; required?: string[] } = {},
): JsonSchema {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as JsonSchema;
  delete json.$schema;
  for (const key of omit) delete json.properties?.[key];
  // A field that accepts "missing" (a preprocess that fills it in) is optional, whatever the converter guessed.
  const shape = objectShape(schema);
  const stillRequired = (json.required ?? []).filter((key) => !omit.includes(key) && !shape?.[key]?.safeParse(undefined).success);
  json.required = required ?? stillRequired;
  if (json.required.length === 0) delete json.required;
  return json;
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = (schema as unknown as { def: { type: string; in?: z.ZodType; shape?: Record<string, z.ZodType> } }).def;
  if (def.type === "object") return def.shape;
  if (def.type === "pipe" && def.in) return objectShape(def.in);
  return undefined;
}

function queryParameters(): unknown[] {
  const json = inputSchema(listBriefsQuerySchema);
  return Object.entries(json.properties ?? {}).map(([name, schema]) => {
    const { description, examples, ...rest } = schema as JsonSchema & { description?: string; examples?: unknown[] };
    return { name, in: "query", required: false, description, schema: rest, ...(examples?.[0] !== undefined && { example: examples[0] }) };
  });
}

/** The body schemas by operation id; each names the domain schema it comes from. */
const REQUEST_BODIES: Record<string, () => JsonSchema> = {
  createBrief: () => inputSchema(createBriefSchema),
  updateBrief: () => inputSchema(updateBriefBodySchema),
  addDocument: () =>
    inputSchema(documentBodySchema.extend({ briefId: z.string().optional().meta({ description: "attach it to this brief too" }) })),
  attachDocument: () => inputSchema(attachDocumentBodySchema),
  addQuote: () => inputSchema(addQuoteSchema, { omit: ["briefId"] }),
  addEvent: () => inputSchema(addEventSchema, { omit: ["briefId"] }),
  submitForReview: () => inputSchema(submitBodySchema),
  decideReview: () => inputSchema(decisionBodySchema),
  publishBrief: () => {
    const json = inputSchema(publishBriefSchema, { omit: ["briefId"] });
    json.properties!.scheduledFor = {
      type: "string",
      format: "date-time",
      description: "publish at this moment instead of now (at least a minute ahead)",
    };
    return json;
  },
  withdrawBrief: () => inputSchema(withdrawBriefSchema, { omit: ["briefId"] }),
};

const ERROR_DESCRIPTIONS: Record<number, string> = {
  304: "Not modified: the ETag in If-None-Match is still current",
  400: "invalid: the request's fields (see `fields`)",
  401: "unauthenticated: no token, or an unknown, revoked or expired one, or its user is deactivated",
  403: "forbidden: the token's user may not do this (role, four-eyes, assigned reviewer)",
  404: "not_found",
  409: "conflict: a stale version, or the brief's workflow state does not allow it",
  413: "too_large: the request body is over 5 MB",
  422: "checks_failed: the brief fails its automatic checks (see `details.problems`)",
  429: "throttled: too many requests; see Retry-After",
};

function operationObject(op: Operation) {
  const responses: Record<string, unknown> = {
    [op.status ?? 200]: { description: op.responseDescription ?? "OK", content: { "application/json": { schema: ref(op.response) } } },
  };
  for (const [status, schema] of Object.entries(op.otherResponses ?? {})) {
    responses[status] = {
      description: status === "410" ? "the brief was withdrawn: its notice" : "",
      content: { "application/json": { schema: ref(schema) } },
    };
  }
  // every operation that reads a body refuses one over MAX_API_BODY_BYTES (lib/api/route.ts)
  for (const status of op.method === "GET" ? op.errors : [...op.errors, 413]) {
    responses[status] =
      status === 304
        ? { description: ERROR_DESCRIPTIONS[304] }
        : { description: ERROR_DESCRIPTIONS[status], content: { "application/json": { schema: ref("Error") } } };
  }
  const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string" },
    description: op.pathParams?.[m[1]!],
  }));
  const parameters = [...pathParams, ...(op.operationId === "listBriefs" ? queryParameters() : [])];
  const body = REQUEST_BODIES[op.operationId];
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: op.description,
    tags: [op.auth ? "Editorial" : "Public"],
    ...(op.auth && { security: [{ apiToken: [] }] }),
    ...(parameters.length > 0 && { parameters }),
    ...(body && {
      requestBody: {
        required: true,
        content: { "application/json": { schema: body(), ...(op.example !== undefined ? { example: op.example } : {}) } },
      },
    }),
    responses,
  };
}

export function openApiDocument() {
  const components = z.toJSONSchema(z.globalRegistry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` }).schemas;
  const schemas = Object.fromEntries(
    Object.entries(components).map(([id, schema]) => {
      const { $schema, $id, ...rest } = schema as JsonSchema;
      void $schema;
      void $id;
      return [id, rest];
    }),
  );
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method.toLowerCase()] = operationObject(op);
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Briefdesk API",
      version: "1",
      description:
        "Public reads of published briefs (no authentication, cached, CORS open) and the editorial API (a bearer API token made under Your account → API tokens in the desk; it acts as its user with the user's role). Every error is `{ error: { code, message, fields?, details? } }`.",
    },
    servers: [{ url: "/" }],
    tags: [
      {
        name: "Public",
        description: "Published content only. ETag and If-None-Match, Cache-Control: public, max-age=10; CORS allows GET from any origin.",
      },
      {
        name: "Editorial",
        description:
          "Bearer API tokens only (session cookies are not accepted). The same rules as the desk: four-eyes review, automatic checks, publication bound to the approved revision.",
      },
    ],
    paths,
    components: {
      schemas,
      securitySchemes: {
        apiToken: {
          type: "http",
          scheme: "bearer",
          description: "An API token (starts with bd_) made in the desk under Your account → API tokens.",
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
