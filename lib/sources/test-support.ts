// Shared by the registry's integration tests (never imported by the app).
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";

export { newActor, refusal } from "@/lib/test-support";

/** A word no other test's source has in its name. */
export const token = () => `T${randomBytes(4).toString("hex")}`;

export const auditOf = (sourceId: string) =>
  db().auditEntry.findMany({ where: { entityType: "source", entityId: sourceId }, orderBy: { createdAt: "asc" } });

export const storedSource = (id: string) => db().source.findUnique({ where: { id } });
