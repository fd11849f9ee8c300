// Checks shared by the verdict scale's functions, inside the caller's transaction.
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

const nameTaken = () => new AppError("invalid", "Please correct the highlighted fields.", { name: ["Another rating has this name."] });

export async function findRating(tx: Tx, ratingId: string) {
  const rating = await tx.verdictRating.findUnique({
    where: { id: ratingId },
    select: { id: true, name: true, position: true, retiredAt: true },
  });
  if (!rating) throw new AppError("not_found", "This rating no longer exists.");
  return rating;
}

export async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  const other = await tx.verdictRating.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId && { id: { not: exceptId } }) },
  });
  if (other) throw nameTaken();
}
