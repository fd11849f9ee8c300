// Every state change and every admin action writes an audit entry in the same
// transaction as the change itself (DESIGN rule 6): callers pass their `tx`.
import type { Prisma, Tx } from "@/lib/db/client";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType:
    | "brief"
    | "document"
    | "source"
    | "user"
    | "review"
    | "publication"
    | "correction"
    | "setting"
    | "webhook"
    | "verdict_rating"
    | "page_capture";
  entityId: string;
  fromState?: string | null;
  toState?: string | null;
  data?: Prisma.InputJsonValue;
};

export async function recordAudit(tx: Tx, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({ data: entry });
}
