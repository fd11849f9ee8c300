import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { toActionState } from "./action-state";

afterEach(() => vi.restoreAllMocks());

const form = () => {
  const data = new FormData();
  data.set("title", "My brief");
  data.set("password", "never sent back");
  return data;
};

describe("toActionState", () => {
  it("logs an unexpected error once, with its cause, and shows only a generic message", async () => {
    const error = vi.spyOn(logger, "error").mockImplementation(() => {});
    const failure = new Error("Saving failed", { cause: new Error('relation "Brief" does not exist') });

    const state = await toActionState(form(), () => Promise.reject(failure));

    expect(state).toEqual({
      status: "error",
      message: "Something went wrong; nothing was saved. Please try again.",
      values: { title: "My brief" },
    });
    expect(error).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith({ err: failure }, "Unexpected error in a server action");
  });

  it("does not log a refusal the user is shown", async () => {
    const error = vi.spyOn(logger, "error").mockImplementation(() => {});
    const state = await toActionState(form(), () => Promise.reject(new AppError("invalid", "Check the title.")));
    expect(state).toMatchObject({ status: "error", message: "Check the title." });
    expect(error).not.toHaveBeenCalled();
  });
});

describe("toActionState during a database outage", () => {
  it("says the database is not answering, keeps the typed values, and logs nothing", async () => {
    const error = vi.spyOn(logger, "error").mockImplementation(() => {});
    const outage = Object.assign(new Error("Can't reach database server"), { code: "P1001" });
    const state = await toActionState(form(), () => Promise.reject(outage));
    expect(state).toEqual({
      status: "error",
      message: "The database is not answering; nothing was saved. Your text is still here — try again in a moment.",
      fieldErrors: {},
      values: { title: "My brief" },
    });
    expect(error).not.toHaveBeenCalled();
  });
});
