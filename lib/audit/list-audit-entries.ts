// The audit log for admins: who did what to which entity, when, from which state to
// which, newest first, filtered by brief, user, action and date. Entries are only
// ever written (recordAudit); nothing here or anywhere else changes them.
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db, type Prisma } from "@/lib/db/client";
import { parseIsoDay } from "@/lib/dates/precision";
import { parseInput, type UseCaseInput } from "@/lib/validation";

const blankIsUnset = (v: unknown) => (v === "" ? undefined : v);
const day = z.preprocess(blankIsUnset, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD.").optional());
const filtersSchema = z.object({
  brief: z.preprocess(blankIsUnset, z.string().max(64).optional()),
  user: z.preprocess(blankIsUnset, z.string().max(64).optional()),
  action: z.preprocess(blankIsUnset, z.string().max(64).optional()),
  from: day,
  to: day,
});

export const AUDIT_PAGE_SIZE = 100;

/** The audit page's query string: each filter as the address gives it. */
export type AuditFilters = UseCaseInput<typeof filtersSchema>;

export async function listAuditEntries(actor: Actor | null, filters: AuditFilters = {}) {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "audit.read");
    const f = parseInput(filtersSchema, filters);
    const createdAt: Prisma.DateTimeFilter = {};
    if (f.from) createdAt.gte = parseIsoDay(f.from);
    if (f.to) createdAt.lt = new Date(parseIsoDay(f.to).getTime() + 86_400_000);
    const where: Prisma.AuditEntryWhereInput = {
      ...(f.brief && { entityType: "brief", entityId: f.brief }),
      ...(f.user && { actorId: f.user }),
      ...(f.action && { action: f.action }),
      ...((f.from || f.to) && { createdAt }),
    };
    const [entries, actions, users, briefs] = await Promise.all([
      tx.auditEntry.findMany({
        where, orderBy: { createdAt: "desc" }, take: AUDIT_PAGE_SIZE,
        select: { id: true, action: true, entityType: true, entityId: true, fromState: true, toState: true, data: true, createdAt: true, actor: { select: { name: true } } },
      }),
      tx.auditEntry.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
      tx.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
      tx.brief.findMany({ orderBy: { updatedAt: "desc" }, take: 200, select: { id: true, title: true } }),
    ]);
    const titles = new Map(briefs.map((b) => [b.id, b.title]));
    return {
      filters: f,
      entries: entries.map((e) => ({
        ...e,
        actor: e.actor?.name ?? "the system",
        entity: e.entityType === "brief" ? (titles.get(e.entityId) ?? e.entityId) : `${e.entityType} ${e.entityId}`,
        data: e.data === null ? "" : JSON.stringify(e.data),
      })),
      actions: actions.map((a) => a.action),
      users,
      briefs,
    };
  });
}
