import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/client";
import { createLogger, withRequestId } from "./log";

/** A logger whose lines are kept, and those lines parsed. */
function capture() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  // at "info" whatever LOG_LEVEL the tests run with
  const logger = createLogger({ destination: stream, level: "info" });
  return {
    logger,
    text: () => chunks.join(""),
    lines: () =>
      chunks
        .join("")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

const PASSWORD = "correct horse battery staple";
const TOKEN = "tok_9f8e7d6c5b4a";
const CAPTURED = "Text captured from a source document, never for logs";

describe("the logger", () => {
  it("writes one JSON object a line with level, time and message", () => {
    const { logger, lines } = capture();
    logger.info({ briefId: "b1" }, "brief saved");
    expect(lines()).toEqual([expect.objectContaining({ level: "info", msg: "brief saved", briefId: "b1", time: expect.any(String) })]);
  });

  it("never writes passwords, tokens, cookies, authorization headers or captured text", () => {
    const { logger, text, lines } = capture();
    logger.info({ password: PASSWORD, token: TOKEN }, "top level");
    logger.info(
      { input: { email: "ed@example.org", password: PASSWORD, newPassword: PASSWORD, capturedText: CAPTURED } },
      "one level down",
    );
    logger.info(
      { request: { headers: { authorization: `Bearer ${TOKEN}`, cookie: `session=${TOKEN}`, "set-cookie": `session=${TOKEN}` } } },
      "headers",
    );
    logger.warn({ action: { values: { password: PASSWORD, text: CAPTURED } } }, "form values");
    logger.info({ user: { secret: TOKEN }, document: { text: CAPTURED } }, "more");

    for (const leaked of [PASSWORD, TOKEN, CAPTURED]) expect(text()).not.toContain(leaked);
    // what is not secret stays, and what is secret is visibly censored
    expect(lines()[1]).toMatchObject({ input: { email: "ed@example.org", password: "[redacted]", capturedText: "[redacted]" } });
    expect(lines()[2]).toMatchObject({
      request: { headers: { authorization: "[redacted]", cookie: "[redacted]", "set-cookie": "[redacted]" } },
    });
  });

  it("logs an error with its message, stack and cause", () => {
    const { logger, lines } = capture();
    const cause = new Error("connect ECONNREFUSED 127.0.0.1:5432");
    logger.error({ err: new Error("Saving a brief failed", { cause }) }, "unexpected error");
    const [line] = lines();
    expect(line).toMatchObject({
      level: "error",
      msg: "unexpected error",
      err: {
        type: "Error",
        message: "Saving a brief failed",
        stack: expect.stringContaining("log.test.ts"),
        cause: { message: "connect ECONNREFUSED 127.0.0.1:5432" },
      },
    });
  });

  it("keeps the arguments of a Prisma call out of a validation error's message and stack", () => {
    const { logger, text, lines } = capture();
    // as Prisma words it: the whole call with its arguments, then what was wrong
    const validation = new Prisma.PrismaClientValidationError(
      `\nInvalid \`prisma.document.create()\` invocation:\n\n{\n  data: {\n    capturedText: "${CAPTURED}",\n+   contentHash: String\n  }\n}\n\nArgument \`contentHash\` is missing.`,
      { clientVersion: "7" },
    );
    logger.error({ err: new Error("Adding a document failed", { cause: validation }) }, "unexpected error");
    logger.error({ err: null }, "not an error");
    expect(text()).not.toContain(CAPTURED);
    expect(lines()[1]).toMatchObject({ err: null, msg: "not an error" });
    expect(lines()[0]).toMatchObject({
      err: {
        message: "Adding a document failed",
        cause: { type: "PrismaClientValidationError", message: "Argument `contentHash` is missing." },
      },
    });
  });

  it("stamps every line of a request's logger with its request id", () => {
    const { logger, lines } = capture();
    const log = withRequestId("req-123", logger);
    log.info("one");
    log.error({ err: new Error("two") }, "two");
    withRequestId(null, logger).info("outside a request");
    expect(lines().map((l) => l.requestId)).toEqual(["req-123", "req-123", undefined]);
  });
});
