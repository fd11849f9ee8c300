// Dates as readers see them, in one place so every page agrees. One formatter, made once:
// making an Intl.DateTimeFormat costs far more than using one (it was a tenth of the
// search page's server time when made for each date).
const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDay(date: Date | string): string {
  return day.format(typeof date === "string" ? new Date(date) : date);
}
