// Shared by the registry's integration tests (never imported by the app).
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { isAppError, type AppError } from "@/lib/errors";
import { buildUser } from "@/prisma/seed/factories";

export const newActor = (overrides: Parameters<typeof buildUser>[1] = {}): Promise<Actor> =>
  db().$transaction((tx) => buildUser(tx, overrides));

export const refusal = (promise: Promise<unknown>): Promise<AppError> =>
  promise.then(
    () => { throw new Error("expected a refusal"); },
    (error: unknown) => { if (isAppError(error)) return error; throw error; },
  );

/** A word no other test's source has in its name. */
export const token = () => `T${randomBytes(4).toString("hex")}`;

export const auditOf = (sourceId: string) =>
  db().auditEntry.findMany({ where: { entityType: "source", entityId: sourceId }, orderBy: { createdAt: "asc" } });

export const storedSource = (id: string) => db().source.findUnique({ where: { id } });
