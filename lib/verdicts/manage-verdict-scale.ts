// Admins keep the verdict scale: add, edit, reorder, retire and restore ratings, and
// switch the desk between a scale and conclusion-only. Every change is audited.
// A rating in use — by a claim of any brief, or in any revision or publication —
// is never deleted, only retired: the published verdicts keep their meaning.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, Prisma, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { createRatingSchema, moveRatingSchema, ratingIdSchema, updateRatingSchema, verdictModeSchema, type VerdictMode } from "./schemas";
import { readVerdictMode, VERDICT_MODE_KEY } from "./verdict-scale";

const nameTaken = () => new AppError("invalid", "Please correct the highlighted fields.", { name: ["Another rating has this name."] });

async function findRating(tx: Tx, ratingId: string) {
  const rating = await tx.verdictRating.findUnique({ where: { id: ratingId }, select: { id: true, name: true, position: true, retiredAt: true } });
  if (!rating) throw new AppError("not_found", "This rating no longer exists.");
  return rating;
}

async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  const other = await tx.verdictRating.findFirst({ where: { name: { equals: name, mode: "insensitive" }, ...(exceptId && { id: { not: exceptId } }) } });
  if (other) throw nameTaken();
}

export async function createVerdictRating(actor: Actor | null, input: unknown) {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const data = parseInput(createRatingSchema, input);
    await assertNameFree(tx, data.name);
    const last = await tx.verdictRating.aggregate({ _max: { position: true } });
    const rating = await tx.verdictRating.create({ data: { ...data, position: (last._max.position ?? -1) + 1 }, select: { id: true, name: true } });
    await recordAudit(tx, { actorId: me.id, action: "verdict_rating.create", entityType: "verdict_rating", entityId: rating.id, data });
    return rating;
  });
}

/** Changes a rating's name, definition or value; claims already published keep the words they were published with. */
export async function updateVerdictRating(actor: Actor | null, input: unknown) {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const { ratingId, ...data } = parseInput(updateRatingSchema, input);
    await findRating(tx, ratingId);
    await assertNameFree(tx, data.name, ratingId);
    const rating = await tx.verdictRating.update({ where: { id: ratingId }, data, select: { id: true, name: true } });
    await recordAudit(tx, { actorId: me.id, action: "verdict_rating.update", entityType: "verdict_rating", entityId: ratingId, data });
    return rating;
  });
}

export async function moveVerdictRating(actor: Actor | null, input: unknown) {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const { ratingId, direction } = parseInput(moveRatingSchema, input);
    await tx.$queryRaw`SELECT id FROM "VerdictRating" FOR UPDATE`;
    const ordered = await tx.verdictRating.findMany({ orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, name: true } });
    const at = ordered.findIndex((r) => r.id === ratingId);
    if (at < 0) throw new AppError("not_found", "This rating no longer exists.");
    const to = direction === "up" ? at - 1 : at + 1;
    const moving = ordered[at]!;
    if (to < 0 || to >= ordered.length) return { id: ratingId, name: moving.name };
    ordered.splice(at, 1);
    ordered.splice(to, 0, moving);
    for (const [position, r] of ordered.entries()) await tx.verdictRating.update({ where: { id: r.id }, data: { position } });
    await recordAudit(tx, { actorId: me.id, action: "verdict_rating.move", entityType: "verdict_rating", entityId: ratingId, data: { direction } });
    return { id: ratingId, name: moving.name };
  });
}

export async function setVerdictRatingRetired(actor: Actor | null, input: unknown, retired: boolean) {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const { ratingId } = parseInput(ratingIdSchema, input);
    const rating = await findRating(tx, ratingId);
    if ((rating.retiredAt !== null) === retired) return { id: rating.id, name: rating.name };
    await tx.verdictRating.update({ where: { id: ratingId }, data: { retiredAt: retired ? new Date() : null } });
    await recordAudit(tx, {
      actorId: me.id, action: retired ? "verdict_rating.retire" : "verdict_rating.restore", entityType: "verdict_rating", entityId: ratingId,
      fromState: retired ? "active" : "retired", toState: retired ? "retired" : "active",
    });
    return { id: rating.id, name: rating.name };
  });
}

/** Deletes a rating nobody has used; a rating in use is refused with the advice to retire it. */
export async function deleteVerdictRating(actor: Actor | null, input: unknown) {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const { ratingId } = parseInput(ratingIdSchema, input);
    await tx.$queryRaw`SELECT id FROM "VerdictRating" WHERE id = ${ratingId} FOR UPDATE`;
    const rating = await findRating(tx, ratingId);
    if (await ratingInUse(tx, ratingId)) {
      throw new AppError("conflict", `“${rating.name}” is the verdict of a claim (in a draft, a revision or a publication): retire it instead, so that it cannot be chosen again.`);
    }
    await tx.verdictRating.delete({ where: { id: ratingId } });
    await recordAudit(tx, { actorId: me.id, action: "verdict_rating.delete", entityType: "verdict_rating", entityId: ratingId, data: { name: rating.name } });
    return { id: rating.id, name: rating.name };
  });
}

async function ratingInUse(tx: Tx, ratingId: string): Promise<boolean> {
  if (await tx.claim.count({ where: { ratingId } })) return true;
  // Frozen snapshots name the rating by id (SnapshotClaim.verdict.id); restoring or showing them needs it.
  const inSnapshots = (table: "Publication" | "Revision") => Prisma.sql`
    SELECT 1 FROM ${Prisma.raw(`"${table}"`)} s, jsonb_array_elements(CASE WHEN jsonb_typeof(s.snapshot->'claims') = 'array' THEN s.snapshot->'claims' ELSE '[]'::jsonb END) c
    WHERE c->'verdict'->>'id' = ${ratingId}`;
  const [row] = await tx.$queryRaw<{ used: boolean }[]>`
    SELECT EXISTS (${inSnapshots("Publication")}) OR EXISTS (${inSnapshots("Revision")}) AS used`;
  return row?.used ?? false;
}

export async function setVerdictMode(actor: Actor | null, input: unknown): Promise<VerdictMode> {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const mode = parseInput(verdictModeSchema, input);
    const before = await readVerdictMode(tx);
    if (before === mode) return mode;
    await tx.setting.upsert({ where: { key: VERDICT_MODE_KEY }, create: { key: VERDICT_MODE_KEY, value: mode }, update: { value: mode } });
    await recordAudit(tx, { actorId: me.id, action: "setting.change", entityType: "setting", entityId: VERDICT_MODE_KEY, fromState: before, toState: mode });
    return mode;
  });
}
