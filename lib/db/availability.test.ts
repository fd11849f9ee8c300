import { describe, expect, it } from "vitest";
import { databaseSeemsDown, isDatabaseUnavailable, noteDatabaseAnswered, noteDatabaseFailure } from "./availability";

// Shapes as Prisma 7 with @prisma/adapter-pg and node-postgres report them.
const unreachable = Object.assign(new Error("Can't reach database server at 127.0.0.1:5999"), {
  code: "P1001",
  meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5999 } } },
});
const shutDown = Object.assign(new Error("terminating connection due to administrator command"), {
  code: "P2010",
  meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } },
});
const timedOut = new Error("Connection terminated due to connection timeout");
const wrapped = new Error("Saving failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });

describe("isDatabaseUnavailable", () => {
  it("recognises an unreachable server, a shutdown, a timeout, and a wrapped socket error", () => {
    for (const error of [unreachable, shutDown, timedOut, wrapped]) expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("does not take a bug or a refused query for an outage", () => {
    const unique = Object.assign(new Error("Unique constraint failed"), {
      code: "P2002",
      meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } },
    });
    for (const error of [new TypeError("x is undefined"), unique, "text", null, undefined])
      expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe("databaseSeemsDown", () => {
  it("is on after a failure, off once the database answers, and forgets an old failure", () => {
    noteDatabaseFailure(1_000);
    expect(databaseSeemsDown(2_000)).toBe(true);
    expect(databaseSeemsDown(60_000)).toBe(false);
    noteDatabaseAnswered();
    expect(databaseSeemsDown(2_000)).toBe(false);
  });
});
