// Two saves of one brief meet: the one arriving second is merged with what is saved
// now, field by field, against the fields its editor started from. A field only one
// side changed takes that side's value; a field both changed to different values is a
// conflict, for the editor to settle. For the body, a line-wise three-way merge is
// offered when the two changes do not touch the same lines.
import { merge } from "node-diff3";
import { FIELD_LABELS } from "./brief-fields";
import type { BriefFields } from "./schemas";

export type FieldKey = keyof BriefFields;
export type FieldMerge = { fields: BriefFields; conflicts: FieldKey[]; mergedBody?: string };

const keys = Object.keys(FIELD_LABELS) as FieldKey[];

function same(key: FieldKey, a: BriefFields[FieldKey] | undefined, b: BriefFields[FieldKey]): boolean {
  if (a === undefined) return false;
  if (key === "topics") return JSON.stringify([...(a as string[])].sort()) === JSON.stringify([...(b as string[])].sort());
  return a === b;
}

/** A line-wise three-way merge, or null when both sides changed the same lines. */
export function mergeText(base: string, mine: string, theirs: string): string | null {
  const lines = (text: string) => text.split("\n");
  const result = merge(lines(mine), lines(base), lines(theirs));
  return result.conflict ? null : result.result.join("\n");
}

export function mergeFields(base: Partial<BriefFields>, mine: BriefFields, theirs: BriefFields): FieldMerge {
  const fields = { ...mine };
  const conflicts: FieldKey[] = [];
  for (const key of keys) {
    const mineChanged = !same(key, base[key], mine[key]);
    const theirsChanged = !same(key, base[key], theirs[key]);
    if (!mineChanged) Object.assign(fields, { [key]: theirs[key] });
    else if (theirsChanged && !same(key, mine[key], theirs[key])) conflicts.push(key);
  }
  const mergedBody =
    conflicts.includes("body") && base.body !== undefined ? (mergeText(base.body, mine.body, theirs.body) ?? undefined) : undefined;
  return { fields, conflicts, mergedBody };
}
