// Test support (never imported by the app): calls the route handlers of app/api/v1 the
// way Next does (a Request and the path's params), and checks every answer against the
// OpenAPI document's schemas with ajv (JSON Schema 2020-12).
import { randomBytes } from "node:crypto";
import Ajv2020 from "ajv/dist/2020";
import { expect } from "vitest";
import { PEER_HEADER, peerHeaderValue } from "@/lib/security/client-address";
import { openApiDocument } from "./openapi-document";
import { OPERATIONS, type Operation } from "./operations";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const document = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat("date-time", (s: string) => !Number.isNaN(Date.parse(s)));
ajv.addFormat("uri", (s: string) => URL.canParse(s));
ajv.addSchema({ $id: "api", components: document.components }, "api");

/** The route module of each operation, loaded as Next would. */
const modules = import.meta.glob<Record<string, Handler>>("/app/api/v1/**/route.ts");

function matchOperation(method: string, path: string): { op: Operation; params: Record<string, string> } {
  for (const op of OPERATIONS) {
    if (op.method !== method) continue;
    const names: string[] = [];
    const pattern = new RegExp(
      `^${op.path.replace(/[.]/g, "\\.").replace(/\{(\w+)\}/g, (_m, name: string) => {
        names.push(name);
        return "([^/]+)";
      })}$`,
    );
    const match = pattern.exec(path);
    if (match) return { op, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)])) };
  }
  throw new Error(`No documented operation for ${method} ${path}`);
}

export type ApiAnswer = { status: number; headers: Headers; body: unknown };

/** A client address of its own per test (a /64 of its own), so rate limits of other tests never interfere. */
export const newAddress = () => `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}::7`;

export async function api(
  method: Operation["method"] | "OPTIONS",
  url: string,
  {
    token,
    body,
    headers = {},
    address = "203.0.113.7",
  }: { token?: string; body?: unknown; headers?: Record<string, string>; address?: string } = {},
): Promise<ApiAnswer> {
  const { pathname } = new URL(url, "http://localhost");
  const { op, params } = matchOperation(method === "OPTIONS" ? "GET" : method, pathname);
  const file = `/app${op.path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;
  const handler = (await modules[file]!())[method];
  if (!handler) throw new Error(`${file} has no ${method} handler`);
  const request = new Request(new URL(url, "http://localhost"), {
    method,
    headers: {
      // as the app's own HTTP server says a request came from `address`
      [PEER_HEADER]: peerHeaderValue(address),
      ...(token && { authorization: `Bearer ${token}` }),
      ...(body !== undefined && { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : null;
  if (method !== "OPTIONS") expectDocumented(op, response.status, parsed);
  return { status: response.status, headers: response.headers, body: parsed };
}

/** The status is one the document lists for the operation, and the body matches its schema. */
export function expectDocumented(op: Operation, status: number, body: unknown): void {
  const path = document.paths[op.path] as Record<
    string,
    { responses: Record<string, { content?: { "application/json": { schema: { $ref: string } } } }> }
  >;
  const response = path[op.method.toLowerCase()]!.responses[String(status)];
  expect(response, `${op.method} ${op.path} answered ${status}, which the document does not list (${JSON.stringify(body)})`).toBeDefined();
  const ref = response!.content?.["application/json"].schema.$ref;
  if (!ref) return expect(body).toBeNull();
  const validate = ajv.getSchema(`api${ref}`)!;
  expect(
    validate(body),
    `${op.method} ${op.path} ${status}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 2000)}`,
  ).toBe(true);
}
