import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";

const getActor = vi.fn();
const revalidatePath = vi.fn();
const redirect = vi.fn((to: string) => {
  throw Object.assign(new Error("NEXT_REDIRECT"), { to });
});
vi.mock("@/lib/auth/get-actor", () => ({ getActor: () => getActor() }));
vi.mock("next/cache", () => ({ revalidatePath: (...args: unknown[]) => revalidatePath(...args) }));
vi.mock("next/navigation", () => ({ redirect: (to: string) => redirect(to) }));

const { deskAction, deskCall } = await import("./desk-action");

const editor = { id: "u1", role: "editor" as const, name: "Ed", email: "ed@example.test" };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

beforeEach(() => getActor.mockResolvedValue(editor));
afterEach(() => {
  vi.clearAllMocks();
  getActor.mockReset();
});

describe("deskAction", () => {
  it("hands the use case the actor and the form's input, revalidates, and shows the success message", async () => {
    const useCase = vi.fn(async (_actor: unknown, input: { title: string }) => ({ id: "b1", title: input.title }));
    const action = deskAction(useCase, {
      fromForm: (f) => ({ title: f.text("title") }),
      revalidate: ({ id }) => [`/desk/briefs/${id}`, ["/", "layout"]],
      success: ({ title }) => `Saved “${title}”.`,
    });
    const state = await action({ status: "idle" }, form({ title: "A brief" }));
    expect(useCase).toHaveBeenCalledWith(editor, { title: "A brief" });
    expect(revalidatePath.mock.calls).toEqual([["/desk/briefs/b1"], ["/", "layout"]]);
    expect(state).toEqual({ status: "ok", message: "Saved “A brief”." });
  });

  it("shows a refusal next to its field, keeps what was typed and what FormData cannot hand back, and does not redirect", async () => {
    const action = deskAction(
      async () => {
        throw new AppError("invalid", "Please correct the highlighted fields.", { title: ["Enter a title."] });
      },
      {
        fromForm: (f) => ({ title: f.text("title") }),
        redirect: () => "/elsewhere",
        keep: (f) => ({ documentIds: f.all("documentIds").join(" ") }),
      },
    );
    const state = await action({ status: "idle" }, form({ title: "", documentIds: "d1" }));
    expect(state).toEqual({
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: { title: ["Enter a title."] },
      values: { title: "", documentIds: "d1" },
    });
    expect(redirect).not.toHaveBeenCalled();
  });

  it("reads the actor inside the error handling: an outage there is reported, not thrown", async () => {
    const outage = Object.assign(new Error("Can't reach database server"), { code: "P1001" });
    getActor.mockImplementation(async () => {
      throw outage;
    });
    const useCase = vi.fn();
    const state = await deskAction(useCase, { fromForm: () => ({}) })({ status: "idle" }, form({ name: "Ed" }));
    expect(useCase).not.toHaveBeenCalled();
    expect(state).toMatchObject({ status: "error", message: expect.stringMatching(/database is not answering/), values: { name: "Ed" } });
  });

  it("redirects after success, outside the error handling", async () => {
    const action = deskAction(async () => ({ id: "b9" }), { fromForm: () => ({}), redirect: ({ id }) => `/desk/briefs/${id}` });
    await expect(action({ status: "idle" }, form({}))).rejects.toMatchObject({ to: "/desk/briefs/b9" });
  });

  it("reads no actor for an anonymous action", async () => {
    const useCase = vi.fn(async (actor: unknown) => actor);
    const reads = getActor.mock.calls.length;
    await deskAction(useCase, { anonymous: true, fromForm: () => ({}) })({ status: "idle" }, form({}));
    expect(getActor.mock.calls.length).toBe(reads);
    expect(useCase).toHaveBeenCalledWith(null, {});
  });
});

describe("deskCall", () => {
  it("answers a conflict with what the client needs to resolve it", async () => {
    const call = deskCall(
      async () => {
        throw new AppError("conflict", "Saved elsewhere.", {}, undefined, { version: 3 });
      },
      {
        success: () => ({ status: "saved" as const }),
        conflict: (error) => error.details as { version: number },
      },
    );
    expect(await call({})).toEqual({ status: "error", message: "Saved elsewhere.", fieldErrors: {}, conflict: { version: 3 } });
  });

  it("logs an unexpected failure and says so, instead of swallowing it", async () => {
    const error = vi.spyOn(logger, "error").mockImplementation(() => {});
    const failure = new Error("boom");
    const call = deskCall(
      async () => {
        throw failure;
      },
      { success: () => ({ status: "ok" as const }) },
    );
    expect(await call({})).toEqual({
      status: "error",
      message: "Something went wrong; nothing was saved. Please try again.",
      fieldErrors: {},
    });
    expect(error).toHaveBeenCalledWith({ err: failure }, "Unexpected error in a server action");
  });
});
