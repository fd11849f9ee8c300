import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { errorResponse } from "./error-response";

const answer = async (error: unknown) => {
  const response = errorResponse(error);
  return { status: response.status, headers: response.headers, body: await response.json() };
};

describe("errorResponse", () => {
  it.each([
    ["invalid", 400],
    ["unauthenticated", 401],
    ["forbidden", 403],
    ["not_found", 404],
    ["conflict", 409],
    ["throttled", 429],
  ] as const)("answers %s with %i and the same code", async (code, status) => {
    const { status: got, body } = await answer(new AppError(code, "Why."));
    expect(got).toBe(status);
    expect(body).toEqual({ error: { code, message: "Why." } });
  });

  it("answers a database that does not answer with 503 unavailable and Retry-After, logging nothing", async () => {
    const log = { error: vi.fn() };
    const response = errorResponse(Object.assign(new Error("Can't reach database server"), { code: "P1001" }), { log });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await response.json()).error.code).toBe("unavailable");
    expect(log.error).not.toHaveBeenCalled();
  });

  it("gives an invalid request's fields", async () => {
    const { body } = await answer(new AppError("invalid", "Fix it.", { title: ["Enter a title."] }));
    expect(body.error.fields).toEqual({ title: ["Enter a title."] });
  });

  it("answers a brief failing its automatic checks with 422 checks_failed and the problems", async () => {
    const problems = [{ message: "Add a summary." }];
    const { status, body } = await answer(
      new AppError("invalid", "Cannot submit.", { checks: ["Add a summary."] }, undefined, { problems }),
    );
    expect(status).toBe(422);
    expect(body.error).toMatchObject({ code: "checks_failed", details: { problems } });
  });

  it("passes a conflict's details (the current version) on", async () => {
    const { body } = await answer(new AppError("conflict", "Stale.", {}, undefined, { version: 7 }));
    expect(body.error.details).toEqual({ version: 7 });
  });

  it("says when to retry a throttled request", async () => {
    const { headers } = await answer(new AppError("throttled", "Slow down.", {}, 42));
    expect(headers.get("retry-after")).toBe("42");
  });

  it("never shows an unexpected error's message or stack", async () => {
    const log = { error: vi.fn() };
    const response = errorResponse(new Error("password=hunter2 at db.ts:12"), { log });
    const { status } = response;
    const body = await response.json();
    expect(log.error).toHaveBeenCalledOnce();
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("hunter2");
    expect(body.error.code).toBe("internal");
  });
});
