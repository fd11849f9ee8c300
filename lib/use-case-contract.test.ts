// The use-case contract, checked over the source: no exported function in lib/ takes
// `unknown` (or `any`) input, so every caller — actions, routes, the seed, scripts,
// tests — is type-checked against the use case's input type. The zod parse inside the
// use case stays the runtime check; this is the compile-time one.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * Functions whose job is to look at a value of any type, each with its reason. Keep it
 * short: a use case or a domain helper never belongs here.
 */
const ALLOWED: Record<string, string> = {
  "lib/validation.ts#parseInput.input": "the runtime parse itself: where untyped input becomes the schema's type",
  "lib/text/safe-text.ts#unsafeTextFields.input": "walks any value for unsafe text before the parse",
  "lib/quotes/schemas.ts#blankToNull.value": "a zod preprocess step: zod hands it unknown",
  "lib/revisions/content-hash.ts#canonicalJson.value": "serialises any JSON value",
  "lib/revisions/content-hash.ts#contentHash.value": "hashes any JSON value",
  "lib/revisions/read-snapshot.ts#readSnapshot.json": "the one reader of stored snapshot JSON: validates and upgrades it",
  "lib/audit/describe-audit-entry.ts#describeDetails.data": "an audit entry's stored details: JSON of any shape",
  "lib/audit/describe-audit-entry.ts#idsIn.data": "an audit entry's stored details: JSON of any shape",
  "lib/capture/read-page.ts#isoDay.value": "a value from a web page's metadata (JSON-LD): any shape",
  "lib/capture/read-page.ts#languageCode.value": "a value from a web page's metadata (JSON-LD): any shape",
  "lib/api/test-api-client.ts#expectDocumented.body": "test support: checks any answer against the OpenAPI document",
};

/** A caught error is `unknown` by nature: parameters with these names may take it. */
const ERROR_NAMES = new Set(["error", "failure", "err"]);

const isLoose = (type: ts.TypeNode | undefined) =>
  type !== undefined && (type.kind === ts.SyntaxKind.UnknownKeyword || type.kind === ts.SyntaxKind.AnyKeyword);

/** A loose type at the top of `type`, or in a property of an object type at its top (`{ briefId: unknown }`). */
function looseInput(type: ts.TypeNode | undefined): boolean {
  if (!type) return false;
  if (isLoose(type)) return true;
  if (ts.isUnionTypeNode(type) || ts.isIntersectionTypeNode(type)) return type.types.some(looseInput);
  if (ts.isTypeLiteralNode(type)) return type.members.some((m) => ts.isPropertySignature(m) && isLoose(m.type));
  return false;
}

type ExportedFunction = { name: string; parameters: ts.NodeArray<ts.ParameterDeclaration> };

function exportedFunctions(source: ts.SourceFile): ExportedFunction[] {
  const exported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  return source.statements.flatMap((statement): ExportedFunction[] => {
    if (ts.isFunctionDeclaration(statement) && statement.name && exported(statement)) {
      return [{ name: statement.name.text, parameters: statement.parameters }];
    }
    if (ts.isVariableStatement(statement) && exported(statement)) {
      return statement.declarationList.declarations.flatMap((d) =>
        ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
          ? [{ name: d.name.text, parameters: d.initializer.parameters }]
          : [],
      );
    }
    return [];
  });
}

const parse = (file: string, text: string) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);

/** "file#function.parameter" for every exported function's parameter that takes unknown or any. */
function untypedInputs(file: string, source: ts.SourceFile): string[] {
  return exportedFunctions(source).flatMap(({ name, parameters }) =>
    parameters.flatMap((parameter, index) => {
      if (!ts.isIdentifier(parameter.name)) return [];
      const param = parameter.name.text;
      // a use case's input: named so, or the parameter after the actor
      const input = param === "input" || (index === 1 && parameters[0]?.name.getText(source) === "actor");
      const loose = input ? looseInput(parameter.type) : isLoose(parameter.type);
      const key = `${file}#${name}.${param}`;
      return loose && !ERROR_NAMES.has(param) && !(key in ALLOWED) ? [key] : [];
    }),
  );
}

function libFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === join("lib", "db", "generated") ? [] : libFiles(path);
    // tests and their support are not the app's code
    return /\.ts$/.test(name) && !/\.test\.ts$|\.fixture\.ts$|^test-support\.ts$|^api-test-client\.ts$/.test(name) ? [path] : [];
  });
}

describe("the use-case contract", () => {
  let sources: [string, ts.SourceFile][] = [];
  beforeAll(() => {
    sources = libFiles("lib").map((file) => [file, parse(file, readFileSync(file, "utf8"))]);
  }, 60_000);

  it("no exported function in lib/ takes unknown or any input", () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.flatMap(([file, source]) => untypedInputs(file, source))).toEqual([]);
  });

  it("every allowed exception still exists (a stale one would hide a new function of the name)", () => {
    const everywhere = sources.flatMap(([file, source]) =>
      exportedFunctions(source).flatMap(({ name, parameters }) => parameters.map((p) => `${file}#${name}.${p.name.getText(source)}`)),
    );
    expect(Object.keys(ALLOWED).filter((key) => !everywhere.includes(key))).toEqual([]);
  });

  it("refuses a use case that takes unknown input, in each way it can be written", () => {
    const bad = `
      export async function addThing(actor: Actor | null, input: unknown, tx?: Tx) {}
      export const moveThing = async (actor: Actor | null, data: unknown) => {};
      export function listThings(actor: Actor | null, input: { briefId: unknown; page?: number }) {}
      export function readThing(actor: Actor | null, filters: any = {}) {}
      export const touchThing = function (actor: Actor | null, input: { id: string } & { extra: unknown }) {};
    `;
    expect(untypedInputs("lib/things/things.ts", parse("lib/things/things.ts", bad))).toEqual([
      "lib/things/things.ts#addThing.input",
      "lib/things/things.ts#moveThing.data",
      "lib/things/things.ts#listThings.input",
      "lib/things/things.ts#readThing.filters",
      "lib/things/things.ts#touchThing.input",
    ]);
  });

  it("lets typed input through, and errors, and functions that are not exported", () => {
    const good = `
      export type AddThingInput = z.input<typeof addThingSchema>;
      export async function addThing(actor: Actor | null, input: AddThingInput, tx?: Tx) {}
      export function isThingError(error: unknown): boolean { return false; }
      function helper(input: unknown) {}
      export const describeThing = (thing: { name: string }, extra: { details?: unknown } = {}) => thing.name;
    `;
    expect(untypedInputs("lib/things/things.ts", parse("lib/things/things.ts", good))).toEqual([]);
  });
});
