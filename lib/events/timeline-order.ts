// The order of a timeline: by the first day each date can mean (so "June 2022" comes
// before "12 June 2022" and "late June 2022" after it), then by the last day (a
// single day before a range starting on it), then by the editor's order.
export type TimelineKey = { dateStart: string; dateEnd: string | null; position: number };

export function compareTimeline(a: TimelineKey, b: TimelineKey): number {
  return (
    a.dateStart.localeCompare(b.dateStart) || (a.dateEnd ?? a.dateStart).localeCompare(b.dateEnd ?? b.dateStart) || a.position - b.position
  );
}

export function inTimelineOrder<T extends TimelineKey>(events: readonly T[]): T[] {
  return [...events].sort(compareTimeline);
}
