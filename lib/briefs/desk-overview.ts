// The desk home: what is waiting for me, and every brief with filters.
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { BriefState, db, type Prisma } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const filtersSchema = z.object({
  state: optional(z.enum(BriefState)).catch(undefined),
  author: optional(z.string().max(64)),
  topic: optional(z.string().max(80)),
  q: optional(z.string().trim().max(200)),
});

const row = {
  id: true,
  title: true,
  slug: true,
  state: true,
  version: true,
  updatedAt: true,
  authors: { select: { user: { select: { name: true } } } },
  topics: { select: { topic: { select: { name: true } } } },
  lastEditedBy: { select: { name: true } },
} as const satisfies Prisma.BriefSelect;

type Row = Prisma.BriefGetPayload<{ select: typeof row }>;
const flat = (b: Row) => ({
  id: b.id,
  title: b.title || "Untitled brief",
  slug: b.slug,
  state: b.state,
  version: b.version,
  updatedAt: b.updatedAt,
  authors: b.authors.map((a) => a.user.name),
  topics: b.topics.map((t) => t.topic.name),
  lastEditedBy: b.lastEditedBy?.name ?? null,
});
export type DeskBrief = ReturnType<typeof flat>;

/** The desk home's filters, as the address gives them. */
export type DeskFilters = UseCaseInput<typeof filtersSchema>;

export async function getDeskOverview(actor: Actor | null, filters: DeskFilters = {}) {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const f = parseInput(filtersSchema, filters);
    const mine = { authors: { some: { userId: me.id } } };
    const where: Prisma.BriefWhereInput = {
      ...(f.state && { state: f.state }),
      ...(f.author && { authors: { some: { userId: f.author } } }),
      ...(f.topic && { topics: { some: { topic: { slug: f.topic } } } }),
      ...(f.q && { title: { contains: f.q, mode: "insensitive" as const } }),
    };
    const [myDrafts, toReview, submitted, published, all, authors, topics] = await Promise.all([
      tx.brief.findMany({ where: { ...mine, state: "draft" }, orderBy: { updatedAt: "desc" }, take: 10, select: row }),
      tx.brief.findMany({
        where: { state: "in_review", reviews: { some: { reviewerId: me.id, decision: "pending" } } },
        orderBy: { updatedAt: "asc" },
        take: 10,
        select: row,
      }),
      tx.brief.findMany({
        where: { ...mine, state: { in: ["in_review", "approved"] } },
        orderBy: { updatedAt: "desc" },
        take: 10,
        select: row,
      }),
      tx.brief.findMany({
        where: { currentPublicationId: { not: null } },
        orderBy: { currentPublication: { publishedAt: "desc" } },
        take: 5,
        select: row,
      }),
      tx.brief.findMany({ where, orderBy: { updatedAt: "desc" }, take: 100, select: row }),
      tx.user.findMany({ where: { briefAuthorships: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
      tx.topic.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    ]);
    return {
      myDrafts: myDrafts.map(flat),
      toReview: toReview.map(flat),
      submitted: submitted.map(flat),
      published: published.map(flat),
      all: all.map(flat),
      filters: f,
      authors,
      topics,
    };
  });
}
