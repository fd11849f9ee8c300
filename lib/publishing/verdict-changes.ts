// A verdict change is a correction readers must be told about: between the
// publication readers see now and the version about to be published, every claim
// (matched by ref) whose verdict differs. Pure, so the desk's publish form and
// publishBrief compute the same list and the same public text.
import { claimsOf, type BriefSnapshot } from "@/lib/revisions/snapshot";

export type VerdictChange = { ref: string; claim: string; from: string; to: string };

const NO_RATING = "no rating";

export function verdictChanges(published: BriefSnapshot, next: BriefSnapshot): VerdictChange[] {
  const before = new Map(claimsOf(published).map((c) => [c.ref, c]));
  return claimsOf(next).flatMap((claim) => {
    const old = before.get(claim.ref);
    if (!old) return [];
    const [from, to] = [old.verdict?.name ?? NO_RATING, claim.verdict?.name ?? NO_RATING];
    return from === to ? [] : [{ ref: claim.ref, claim: claim.text, from, to }];
  });
}

const clip = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** The sentence that opens a verdict-change correction: old and new verdict of every changed claim. */
export function verdictChangeText(changes: VerdictChange[]): string {
  return changes.map((c) => `Verdict on the claim “${clip(c.claim)}” changed from ${c.from} to ${c.to}.`).join(" ");
}
