// Checks and helpers shared by the registry's functions; each runs inside the
// caller's transaction.
import { Prisma, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { slugify, withSuffix } from "@/lib/text/slug";
import { CITATION_COUNT, citationsOf, SOURCE_SUMMARY, type Citations, type SourceSummary } from "./source-summary";

export function sourceGone(): AppError {
  return new AppError("not_found", "That source no longer exists.");
}

/**
 * The source, with its row locked until the transaction ends: two admins acting on
 * it at once take turns, and a document cannot start citing it while it is deleted.
 */
export async function lockSource(tx: Tx, sourceId: string): Promise<SourceSummary & { citations: Citations }> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Source" WHERE id = ${sourceId} FOR UPDATE`;
  if (locked.length === 0) throw sourceGone();
  const source = await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: { ...SOURCE_SUMMARY, ...CITATION_COUNT } });
  const { _count, ...summary } = source;
  return { ...summary, citations: citationsOf({ _count }) };
}

/** Refuses an edit made on a form loaded before the source last changed (DESIGN rule 5). */
export function assertNotStale(source: { name: string; updatedAt: Date }, baseUpdatedAt: string | undefined): void {
  if (baseUpdatedAt !== undefined && new Date(baseUpdatedAt).getTime() !== source.updatedAt.getTime()) {
    throw new AppError(
      "conflict",
      `Someone changed ${source.name} after you opened it; nothing was saved. Reload the page to see their changes, then edit again.`,
      {},
      undefined,
      { updatedAt: source.updatedAt.toISOString() },
    );
  }
}

/** A slug from the name, with -2, -3, … when another source has it already. */
export async function uniqueSourceSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name, "source");
  const taken = await tx.source.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return withSuffix(
    base,
    taken.map((source) => source.slug),
  );
}

/**
 * Runs a transaction that creates a source again when another one took its slug at
 * the same moment (the unique index refused the write): the retry picks the next suffix.
 */
export async function retryOnSlugClash<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const clash = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!clash || attempt >= attempts) throw error;
    }
  }
}

/** The names of the fields whose values differ between what is stored and what was sent. */
export function changedFields<T extends Record<string, unknown>>(stored: T, sent: Partial<T>): (keyof T & string)[] {
  return (Object.keys(sent) as (keyof T & string)[]).filter((key) => {
    const [now, before] = [sent[key], stored[key]];
    if (now === undefined) return false;
    // lists (a source's domains) are equal when they hold the same entries in order
    return Array.isArray(now) && Array.isArray(before) ? now.join("\n") !== before.join("\n") : now !== before;
  });
}
