// The one reader of stored snapshots (Revision.snapshot, Publication.snapshot): JSON
// from the database is checked against the snapshot's schema and brought up to the
// current shape here, so no other code casts it or handles an older shape itself.
import { briefSnapshotSchema, type BriefSnapshot, type SnapshotClaim } from "./snapshot";

/** A snapshot as read back: the current shape, whatever shape it was stored in. */
export type StoredSnapshot = BriefSnapshot & { claims: SnapshotClaim[] };

type Json = Record<string, unknown>;

/**
 * Each older shape's step to the next, oldest first. A stored snapshot is never
 * rewritten (its content hash binds approval and publication to it), so every step
 * stays for as long as such snapshots may be stored.
 */
const UPGRADES: { since: string; upgrade: (snapshot: Json) => Json }[] = [
  // Snapshots made before claims existed have no `claims`; newer ones omit it when there are none.
  { since: "claims (2026-11-29)", upgrade: (s) => ("claims" in s ? s : { ...s, claims: [] }) },
];

/** Thrown for stored JSON that is no snapshot of any shape we wrote: a bug or damaged data, never user input. */
export class SnapshotShapeError extends Error {
  constructor(detail: string) {
    super(`A stored snapshot does not have the shape of a brief snapshot: ${detail}`);
    this.name = "SnapshotShapeError";
  }
}

export function readSnapshot(json: unknown): StoredSnapshot {
  if (!json || typeof json !== "object" || Array.isArray(json)) throw new SnapshotShapeError("not an object");
  const upgraded = UPGRADES.reduce((s, step) => step.upgrade(s), json as Json);
  const parsed = briefSnapshotSchema.safeParse(upgraded);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SnapshotShapeError(`${issue.path.join(".") || "(top)"}: ${issue.message}`.slice(0, 300));
  }
  return { ...parsed.data, claims: parsed.data.claims ?? [] };
}
