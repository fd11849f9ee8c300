const moment = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

/** "3 December 2026 at 09:30 UTC": the desk names moments (schedules, deadlines) in UTC. */
export function formatMoment(date: Date): string {
  return `${moment.format(date)} UTC`;
}
