// Every change to a brief — its fields, or its quotes, events and cited documents —
// goes through editBrief, inside the caller's transaction:
// - a change based on an older version than the current one is refused (DESIGN rule
//   5) unless the caller says it cannot overwrite anyone (adding an item, say);
// - the version goes up and the editor is remembered, for the next conflict message;
// - an approved or in-review brief returns to draft: its approval was for other
//   content (DESIGN workflow), with an audit entry for the state change, and its
//   pending or approved reviews are voided;
// - the result is frozen as a revision.
import type { BriefState, Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { recordRevision } from "@/lib/revisions/record-revision";
import { voidOpenReviews } from "@/lib/review/void-open-reviews";

export type EditOptions = {
  briefId: string;
  actorId: string;
  /** the version the editor's change is based on; omitted for changes that overwrite nothing */
  baseVersion?: number;
  /** an autosave, which may be folded into the editor's last revision */
  autosave?: boolean;
};

export async function editBrief<T>(tx: Tx, options: EditOptions, change: () => Promise<T>): Promise<{ result: T; version: number }> {
  // Locked before its state is read: a publish or a review decision committing in
  // between would otherwise be overwritten with a state computed from before it.
  const [brief] = await tx.$queryRaw<{ id: string; state: BriefState; version: number }[]>`
    SELECT id, state::text AS state, version FROM "Brief" WHERE id = ${options.briefId} FOR UPDATE`;
  if (!brief) throw new AppError("not_found", "This brief no longer exists.");
  if (brief.state === "withdrawn") throw new AppError("conflict", "This brief was withdrawn; it can no longer be edited.");

  const bumped = await tx.brief.updateMany({
    where: { id: brief.id, ...(options.baseVersion !== undefined && { version: options.baseVersion }) },
    data: {
      version: { increment: 1 },
      lastEditedById: options.actorId,
      ...((brief.state === "approved" || brief.state === "in_review") && { state: "draft" as const }),
    },
  });
  if (bumped.count === 0) throw await staleEdit(tx, options);
  if (brief.state === "approved" || brief.state === "in_review") {
    const voided = await voidOpenReviews(tx, brief.id);
    await recordAudit(tx, {
      actorId: options.actorId,
      action: "brief.edit_returns_to_draft",
      entityType: "brief",
      entityId: brief.id,
      fromState: brief.state,
      toState: "draft",
      data: { voidedReviews: voided },
    });
  }

  const result = await change();
  const { version } = await tx.brief.findUniqueOrThrow({ where: { id: brief.id }, select: { version: true } });
  await recordRevision(tx, { briefId: brief.id, authorId: options.actorId, briefVersion: version, coalesce: options.autosave });
  return { result, version };
}

/** "1 save since you opened it": the save counter is not a version readers or History number. */
export const savesSince = (base: number | undefined, now: number) => {
  const n = Math.max(1, now - (base ?? now - 1));
  return `${n} save${n === 1 ? "" : "s"} since you opened it`;
};

/**
 * The conflict a stale save gets: who saved, when, and the version now current. When
 * the last save was the same user's (another tab or window), it says so, rather than
 * naming them as if they were someone else.
 */
async function staleEdit(tx: Tx, { briefId, baseVersion, actorId }: EditOptions): Promise<AppError> {
  const current = await tx.brief.findUniqueOrThrow({
    where: { id: briefId },
    select: { version: true, updatedAt: true, lastEditedById: true, lastEditedBy: { select: { name: true } } },
  });
  const self = current.lastEditedById === actorId;
  const who = self ? "You" : (current.lastEditedBy?.name ?? "Someone");
  const saved = self
    ? "You saved this brief in another tab or window after this one opened it"
    : `${who} saved this brief after you opened it`;
  return new AppError(
    "conflict",
    `${saved} (${savesSince(baseVersion, current.version)}). Nothing of yours was overwritten and your text is still here.`,
    {},
    undefined,
    { version: current.version, editedBy: who, self, editedAt: current.updatedAt.toISOString() },
  );
}
