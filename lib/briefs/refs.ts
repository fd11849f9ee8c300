// Refs are the keys of citation markers in the body ([@q3], [@e2], [@d1]). A new item takes
// the highest number in use plus one, counting the markers still in the body too, so
// that a marker left behind by a removed item never silently points at a new one.
import { findCitationMarkers } from "@/lib/briefs/citations";

export function nextRef(prefix: "q" | "e" | "d" | "c", refs: Iterable<string>, body: string): string {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  let highest = 0;
  for (const ref of [...refs, ...findCitationMarkers(body).map((marker) => marker.ref)]) {
    const match = pattern.exec(ref);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}${highest + 1}`;
}

/** Whether the body has a marker for `ref`. */
export function bodyCites(body: string, ref: string): boolean {
  return findCitationMarkers(body).some((marker) => marker.ref === ref);
}
