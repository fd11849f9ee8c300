// The audit log for admins: who did what to which entity, when, from which state to
// which, newest first, filtered by brief, user, action and date. Entries are only
// ever written (recordAudit); nothing here or anywhere else changes them.
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db, type Prisma, type Tx } from "@/lib/db/client";
import { parseIsoDay } from "@/lib/dates/precision";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { describeAction, describeDetails, describeEntity, idsIn } from "./describe-audit-entry";

const blankIsUnset = (v: unknown) => (v === "" ? undefined : v);
const day = z.preprocess(
  blankIsUnset,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD.")
    .optional(),
);
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
        where,
        orderBy: { createdAt: "desc" },
        take: AUDIT_PAGE_SIZE,
        select: {
          id: true,
          action: true,
          entityType: true,
          entityId: true,
          fromState: true,
          toState: true,
          data: true,
          createdAt: true,
          actor: { select: { name: true } },
        },
      }),
      tx.auditEntry.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
      tx.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
      tx.brief.findMany({ orderBy: { updatedAt: "desc" }, take: 200, select: { id: true, title: true } }),
    ]);
    const names = await namesOf(tx, new Set([...entries.map((e) => e.entityId), ...entries.flatMap((e) => [...idsIn(e.data)])]));
    return {
      filters: f,
      entries: entries.map((e) => ({
        id: e.id,
        action: e.action,
        createdAt: e.createdAt,
        fromState: e.fromState,
        toState: e.toState,
        actor: e.actor?.name ?? "the system",
        did: describeAction(e.action),
        entity: describeEntity(e.entityType, e.entityId, names),
        details: describeDetails(e.data, names),
      })),
      actions: actions.map((a) => a.action),
      users,
      briefs,
    };
  });
}

/** The names the entries' ids stand for: one query per kind of thing, for at most a page of entries. */
async function namesOf(tx: Tx, ids: Set<string>): Promise<Map<string, string>> {
  const id = { in: [...ids].slice(0, 2000) };
  const names = new Map<string, string>();
  const add = (rows: { id: string }[], name: (row: never) => string) => rows.forEach((r) => names.set(r.id, name(r as never)));
  add(await tx.brief.findMany({ where: { id }, select: { id: true, title: true } }), (b: { title: string }) => b.title || "Untitled brief");
  add(await tx.user.findMany({ where: { id }, select: { id: true, name: true } }), (u: { name: string }) => u.name);
  add(await tx.source.findMany({ where: { id }, select: { id: true, name: true } }), (s: { name: string }) => s.name);
  add(await tx.document.findMany({ where: { id }, select: { id: true, title: true } }), (d: { title: string }) => d.title);
  add(await tx.webhookEndpoint.findMany({ where: { id }, select: { id: true, url: true } }), (w: { url: string }) => w.url);
  add(await tx.apiToken.findMany({ where: { id }, select: { id: true, name: true } }), (t: { name: string }) => t.name);
  add(await tx.verdictRating.findMany({ where: { id }, select: { id: true, name: true } }), (v: { name: string }) => v.name);
  add(
    await tx.review.findMany({ where: { id }, select: { id: true, revision: { select: { number: true } } } }),
    (r: { revision: { number: number } }) => `review of revision ${r.revision.number}`,
  );
  add(
    await tx.publication.findMany({ where: { id }, select: { id: true, version: true } }),
    (p: { version: number }) => `published version ${p.version}`,
  );
  return names;
}
