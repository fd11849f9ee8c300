// The OpenAPI document as a page people read: every operation with its parameters,
// request body, example and answers, then every schema. Rendered on the server from
// the same document /api/v1/openapi.json serves.
type Json = Record<string, unknown>;
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Json };
type Operation = {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content: { "application/json": { schema: Json; example?: unknown } } };
  responses: Record<string, { description?: string; content?: { "application/json": { schema: { $ref?: string } } } }>;
};
export type ApiDocument = {
  info: { title: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown> };
};

const refName = (ref?: string) => ref?.split("/").at(-1);
const pretty = (value: unknown) => JSON.stringify(value, null, 2);

function typeOf(schema: Json | undefined): string {
  if (!schema) return "";
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).join(" | ");
  if (schema.type) return String(schema.type);
  if (schema.anyOf) return (schema.anyOf as Json[]).map(typeOf).join(" | ");
  return "any";
}

function OperationSection({ method, path, op }: { method: string; path: string; op: Operation }) {
  const body = op.requestBody?.content["application/json"];
  return (
    <section className="api-operation" id={op.operationId} aria-labelledby={`${op.operationId}-title`}>
      <h3 id={`${op.operationId}-title`}>
        <span className={`api-method api-method-${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
      </h3>
      <p>
        {op.summary}
        {op.security ? " · needs an API token" : ""}
      </p>
      {op.description && <p className="meta">{op.description}</p>}
      {op.parameters && op.parameters.length > 0 && (
        <table className="api-table">
          <caption>Parameters</caption>
          <thead>
            <tr>
              <th scope="col">name</th>
              <th scope="col">in</th>
              <th scope="col">type</th>
              <th scope="col">description</th>
            </tr>
          </thead>
          <tbody>
            {op.parameters.map((p) => (
              <tr key={`${p.in}-${p.name}`}>
                <td>
                  <code>{p.name}</code>
                  {p.required ? " (required)" : ""}
                </td>
                <td>{p.in}</td>
                <td>{typeOf(p.schema)}</td>
                <td>{p.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {body && (
        <details>
          <summary>Request body</summary>
          <pre>
            <code>{pretty(body.schema)}</code>
          </pre>
        </details>
      )}
      {body?.example !== undefined && (
        <>
          <h4>Example</h4>
          <pre>
            <code>{pretty(body.example)}</code>
          </pre>
        </>
      )}
      <h4>Answers</h4>
      <ul className="api-responses">
        {Object.entries(op.responses).map(([status, response]) => {
          const schema = refName(response.content?.["application/json"].schema.$ref);
          return (
            <li key={status}>
              <code>{status}</code> {response.description}
              {schema && (
                <>
                  {" "}
                  — <a href={`#schema-${schema}`}>{schema}</a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ApiReference({ document }: { document: ApiDocument }) {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op: op as Operation })),
  );
  return (
    <div className="api-reference">
      <h1>{document.info.title}</h1>
      <p>{document.info.description}</p>
      <p>
        The machine-readable document: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
      </p>
      {(document.tags ?? []).map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name}`}>
          <h2 id={`tag-${tag.name}`}>{tag.name}</h2>
          <p className="meta">{tag.description}</p>
          {operations
            .filter(({ op }) => op.tags?.includes(tag.name))
            .map(({ path, method, op }) => (
              <OperationSection key={op.operationId} path={path} method={method} op={op} />
            ))}
        </section>
      ))}
      <section aria-labelledby="schemas">
        <h2 id="schemas">Schemas</h2>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <details key={name} id={`schema-${name}`}>
            <summary>{name}</summary>
            <pre>
              <code>{pretty(schema)}</code>
            </pre>
          </details>
        ))}
      </section>
    </div>
  );
}
