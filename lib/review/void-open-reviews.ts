import type { Tx } from "@/lib/db/client";

/**
 * The brief's pending and approved reviews stop applying (its content changed, or it
 * was withdrawn); the reviews a publication rests on stay as they are.
 */
export async function voidOpenReviews(tx: Tx, briefId: string): Promise<number> {
  const { count } = await tx.review.updateMany({
    where: { briefId, decision: { in: ["pending", "approved"] }, publications: { none: {} } },
    data: { decision: "voided" },
  });
  return count;
}
