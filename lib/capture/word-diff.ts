// What changed between two captures of a page, word by word, for the desk. Bounded:
// texts over 300 KB, or a comparison that runs past half a second, are not compared
// here (the editor is told so), since a diff's cost grows with the square of the change.
import { diffWords } from "diff";

export const MAX_DIFF_CHARS = 300_000;
const DIFF_TIME_LIMIT_MS = 500;
/** Unchanged stretches longer than this are shortened to their ends. */
const CONTEXT_CHARS = 200;

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };
export type WordDiff = { state: "same" } | { state: "changed"; parts: DiffPart[]; added: number; removed: number } | { state: "too_long" };

function shorten(text: string): string {
  if (text.length <= CONTEXT_CHARS * 2 + 20) return text;
  return `${text.slice(0, CONTEXT_CHARS)} … ${text.slice(-CONTEXT_CHARS)}`;
}

export function wordDiff(before: string, after: string): WordDiff {
  if (before === after) return { state: "same" };
  if (before.length > MAX_DIFF_CHARS || after.length > MAX_DIFF_CHARS) return { state: "too_long" };
  const changes = diffWords(before, after, { timeout: DIFF_TIME_LIMIT_MS });
  if (!changes) return { state: "too_long" };
  let added = 0;
  let removed = 0;
  const parts = changes.map((change): DiffPart => {
    const words = change.value.trim() === "" ? 0 : change.value.trim().split(/\s+/).length;
    if (change.added) added += words;
    if (change.removed) removed += words;
    return {
      kind: change.added ? "added" : change.removed ? "removed" : "same",
      text: change.added || change.removed ? change.value : shorten(change.value),
    };
  });
  return { state: "changed", parts, added, removed };
}
