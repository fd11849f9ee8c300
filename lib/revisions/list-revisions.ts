// A brief's history: every revision, who saved it, when, and what it changed.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { compareSnapshots, describeChanges } from "./compare-snapshots";
import { readSnapshot } from "./read-snapshot";

export async function listRevisions(actor: Actor | null, briefId: string) {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    const brief = await tx.brief.findUnique({ where: { id: briefId }, select: { title: true, version: true } });
    if (!brief) throw new AppError("not_found", "There is no such brief.");
    const revisions = await tx.revision.findMany({
      where: { briefId },
      orderBy: { number: "asc" },
      select: {
        number: true,
        briefVersion: true,
        savedAt: true,
        snapshot: true,
        contentHash: true,
        author: { select: { name: true } },
        publications: { orderBy: { version: "asc" }, select: { version: true } },
      },
    });
    const rows = revisions.map((r, i) => ({
      number: r.number,
      briefVersion: r.briefVersion,
      savedAt: r.savedAt,
      author: r.author.name,
      contentHash: r.contentHash,
      /** the published versions made from this revision */
      publishedAs: r.publications.map((p) => p.version),
      changes:
        i === 0 ? "first revision" : describeChanges(compareSnapshots(readSnapshot(revisions[i - 1]!.snapshot), readSnapshot(r.snapshot))),
    }));
    return { title: brief.title, version: brief.version, revisions: rows.reverse() };
  });
}

export async function compareRevisions(actor: Actor | null, input: { briefId: string; from: number; to: number }) {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    const revisions = await tx.revision.findMany({
      where: { briefId: input.briefId, number: { in: [input.from, input.to] } },
      select: { number: true, snapshot: true, savedAt: true, author: { select: { name: true } } },
    });
    const find = (n: number) => revisions.find((r) => r.number === n);
    const [from, to] = [find(input.from), find(input.to)];
    if (!from || !to) throw new AppError("not_found", "There is no such revision.");
    const meta = (r: typeof from) => ({ number: r.number, savedAt: r.savedAt, author: r.author.name });
    return { from: meta(from), to: meta(to), comparison: compareSnapshots(readSnapshot(from.snapshot), readSnapshot(to.snapshot)) };
  });
}
