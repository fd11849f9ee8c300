// Word-level comparison of two revisions (jsdiff): every field of the brief, and the
// quotes and events added, removed or changed (matched by their ref).
import { diffWords } from "diff";
import { claimsOf, type BriefSnapshot, type SnapshotClaim, type SnapshotEvent, type SnapshotQuote } from "./snapshot";

export type DiffPart = { value: string; added?: boolean; removed?: boolean };
export type FieldDiff = { field: string; parts: DiffPart[] };
export type ItemDiff<T> = { ref: string; before?: T; after?: T; fields: FieldDiff[] };
export type SnapshotComparison = {
  fields: FieldDiff[];
  quotes: ItemDiff<SnapshotQuote>[];
  events: ItemDiff<SnapshotEvent>[];
  claims: ItemDiff<SnapshotClaim>[];
};

const QUOTE_FIELDS = ["text", "speakerName", "speakerTitle", "context", "saidOn", "documentId", "verification"] as const;
const EVENT_FIELDS = ["description", "dateLabel", "dateStart", "dateEnd", "place", "documentIds"] as const;
// the verdict compares by its name: a renamed rating reads as a change, as readers would see it
const CLAIM_FIELDS = ["text", "speakerName", "documentId", "appearanceUrl", "appearedOn", "verdictName", "conclusion"] as const;

type ComparedClaim = SnapshotClaim & { verdictName: string };
const comparable = (s: BriefSnapshot): ComparedClaim[] => claimsOf(s).map((c) => ({ ...c, verdictName: c.verdict?.name ?? "" }));

const text = (value: unknown): string =>
  value === null || value === undefined
    ? ""
    : Array.isArray(value)
      ? value.join(", ")
      : typeof value === "object"
        ? JSON.stringify(value)
        : String(value);

function diffField(field: string, before: unknown, after: unknown): FieldDiff | null {
  const [a, b] = [text(before), text(after)];
  if (a === b) return null;
  return { field, parts: diffWords(a, b).map(({ value, added, removed }) => ({ value, added, removed })) };
}

function diffItems<T extends { ref: string }>(before: T[], after: T[], fields: readonly (keyof T & string)[]): ItemDiff<T>[] {
  const old = new Map(before.map((item) => [item.ref, item]));
  const now = new Map(after.map((item) => [item.ref, item]));
  const refs = [...new Set([...old.keys(), ...now.keys()])];
  return refs.flatMap((ref) => {
    const [a, b] = [old.get(ref), now.get(ref)];
    const changed = fields.map((f) => diffField(f, a?.[f], b?.[f])).filter((d): d is FieldDiff => d !== null);
    return changed.length ? [{ ref, before: a, after: b, fields: changed }] : [];
  });
}

export function compareSnapshots(before: BriefSnapshot, after: BriefSnapshot): SnapshotComparison {
  const topics = (s: BriefSnapshot) => s.topics.map((t) => t.name);
  return {
    fields: [
      diffField("title", before.title, after.title),
      diffField("slug", before.slug, after.slug),
      diffField("summary", before.summary, after.summary),
      diffField("topics", topics(before), topics(after)),
      diffField("body", before.body, after.body),
    ].filter((d): d is FieldDiff => d !== null),
    quotes: diffItems(before.quotes, after.quotes, QUOTE_FIELDS),
    events: diffItems(before.events, after.events, EVENT_FIELDS),
    claims: diffItems(comparable(before), comparable(after), CLAIM_FIELDS),
  };
}

/** "title, body; 1 quote added; 2 events changed" */
export function describeChanges(c: SnapshotComparison): string {
  const count = (items: ItemDiff<unknown>[], noun: string) => {
    const added = items.filter((i) => !i.before).length;
    const removed = items.filter((i) => !i.after).length;
    const changed = items.length - added - removed;
    return [
      added && `${added} ${noun}${added > 1 ? "s" : ""} added`,
      removed && `${removed} ${noun}${removed > 1 ? "s" : ""} removed`,
      changed && `${changed} ${noun}${changed > 1 ? "s" : ""} changed`,
    ].filter(Boolean);
  };
  const parts = [
    ...(c.fields.length ? [c.fields.map((f) => f.field).join(", ")] : []),
    ...count(c.quotes, "quote"),
    ...count(c.events, "event"),
    ...count(c.claims ?? [], "claim"),
  ];
  return parts.join("; ") || "no changes";
}
