// Dates as readers see them, in one place so every page agrees.
export function formatDay(date: Date | string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    typeof date === "string" ? new Date(date) : date,
  );
}
