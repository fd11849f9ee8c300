// The verdict scale as the desk and readers see it: ratings in the admins' order,
// and the desk's verdict mode (a Setting row, off the scale: conclusion-only).
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import type { VerdictMode } from "./schemas";

export type VerdictRatingItem = {
  id: string;
  name: string;
  definition: string;
  value: number;
  position: number;
  retired: boolean;
};

export const VERDICT_MODE_KEY = "verdictMode";

export async function readVerdictMode(tx: Tx = db()): Promise<VerdictMode> {
  const row = await tx.setting.findUnique({ where: { key: VERDICT_MODE_KEY } });
  return row?.value === "conclusion_only" ? "conclusion_only" : "scale";
}

export async function readVerdictRatings(tx: Tx = db(), { includeRetired = true } = {}): Promise<VerdictRatingItem[]> {
  const rows = await tx.verdictRating.findMany({
    where: includeRetired ? {} : { retiredAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true, definition: true, value: true, position: true, retiredAt: true },
  });
  return rows.map(({ retiredAt, ...rest }) => ({ ...rest, retired: retiredAt !== null }));
}

/** The bounds of the scale for structured data (bestRating, worstRating): its ratings still in use for new claims. */
export function scaleBounds(ratings: Pick<VerdictRatingItem, "value" | "retired">[]): { best: number; worst: number } | null {
  const values = ratings.filter((r) => !r.retired).map((r) => r.value);
  return values.length ? { best: Math.max(...values), worst: Math.min(...values) } : null;
}

/** The public methodology: the scale readers see (no retired ratings), and whether the desk uses one. */
export async function getPublicVerdictScale(): Promise<{ mode: VerdictMode; ratings: VerdictRatingItem[] }> {
  const [mode, ratings] = await Promise.all([readVerdictMode(), readVerdictRatings(db(), { includeRetired: false })]);
  return { mode, ratings };
}

/** The whole scale for the admins' page, retired ratings included. */
export async function getVerdictScaleForAdmin(actor: Actor | null): Promise<{ mode: VerdictMode; ratings: VerdictRatingItem[] }> {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "settings.manage");
    return { mode: await readVerdictMode(tx), ratings: await readVerdictRatings(tx) };
  });
}
