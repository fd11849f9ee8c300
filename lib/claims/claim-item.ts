// What the claim functions read and return about a claim: plain, serialisable values.
import type { Prisma, Tx } from "@/lib/db/client";
import { parseIsoDay, toIsoDay } from "@/lib/dates/precision";
import { AppError } from "@/lib/errors";
import { readVerdictMode } from "@/lib/verdicts/verdict-scale";

export const claimItemSelect = (briefId: string) =>
  ({
    id: true,
    briefId: true,
    ref: true,
    position: true,
    text: true,
    quoted: true,
    speakerName: true,
    appearanceUrl: true,
    appearedOn: true,
    conclusion: true,
    updatedAt: true,
    speakerSource: { select: { id: true, name: true, retiredAt: true } },
    document: { select: { id: true, title: true, briefs: { where: { briefId }, select: { ref: true } } } },
    rating: { select: { id: true, name: true, retiredAt: true } },
  }) satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: ReturnType<typeof claimItemSelect> }>;

export type ClaimItem = {
  id: string;
  briefId: string;
  ref: string;
  position: number;
  text: string;
  quoted: boolean;
  speakerName: string;
  speakerSource: { id: string; name: string; retired: boolean } | null;
  /** `ref` is null if the brief no longer cites the document */
  document: { id: string; ref: string | null; title: string } | null;
  appearanceUrl: string | null;
  appearedOn: string | null;
  rating: { id: string; name: string; retired: boolean } | null;
  conclusion: string;
  updatedAt: string;
};

export function toClaimItem(row: ClaimRow): ClaimItem {
  const { speakerSource, document, rating, appearedOn, updatedAt, ...rest } = row;
  return {
    ...rest,
    speakerSource: speakerSource && { id: speakerSource.id, name: speakerSource.name, retired: speakerSource.retiredAt !== null },
    document: document && { id: document.id, title: document.title, ref: document.briefs[0]?.ref ?? null },
    rating: rating && { id: rating.id, name: rating.name, retired: rating.retiredAt !== null },
    appearedOn: appearedOn && toIsoDay(appearedOn),
    updatedAt: updatedAt.toISOString(),
  };
}

export async function readClaimItem(tx: Tx, briefId: string, claimId: string): Promise<ClaimItem> {
  return toClaimItem(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimItemSelect(briefId) }));
}

export async function readBriefClaims(tx: Tx, briefId: string): Promise<ClaimItem[]> {
  const rows = await tx.claim.findMany({
    where: { briefId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: claimItemSelect(briefId),
  });
  return rows.map(toClaimItem);
}

/** The claim named, if it belongs to the brief named: the brief is taken from the row, never from the client. */
export async function findBriefClaim(tx: Tx, briefId: string, claimId: string) {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, briefId },
    select: { id: true, ref: true, speakerSourceId: true, ratingId: true, updatedAt: true },
  });
  if (!claim) throw new AppError("not_found", "This claim is no longer on this brief.");
  return claim;
}

const refused = (field: string, message: string) =>
  new AppError("invalid", "Please correct the highlighted fields.", { [field]: [message] });

/**
 * A verdict is a rating of the scale that is not retired — a retired one already on
 * the claim may stay — and none at all in conclusion-only mode.
 */
export async function assertChoosableRating(tx: Tx, ratingId: string | null, keptFrom?: string | null): Promise<void> {
  if (!ratingId || ratingId === keptFrom) return;
  if ((await readVerdictMode(tx)) === "conclusion_only") {
    throw refused("ratingId", "This desk writes conclusions without a rating: leave the verdict empty.");
  }
  const rating = await tx.verdictRating.findUnique({ where: { id: ratingId }, select: { retiredAt: true } });
  if (!rating || rating.retiredAt) throw refused("ratingId", "This rating is no longer on the scale: choose another.");
}

export const appearedOnDay = (day: string | null) => (day ? parseIsoDay(day) : null);
