// Shared by the integration tests (never imported by the app).
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { isAppError, type AppError } from "@/lib/errors";
import { buildUser } from "@/prisma/seed/factories";

/** A new user to act as (an editor unless told otherwise). */
export const newActor = (overrides: Parameters<typeof buildUser>[1] = {}): Promise<Actor> =>
  db().$transaction((tx) => buildUser(tx, overrides));

/** The AppError a call was refused with; fails the test if the call succeeded. */
export const refusal = (promise: Promise<unknown>): Promise<AppError> =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => {
      if (isAppError(error)) return error;
      throw error;
    },
  );
