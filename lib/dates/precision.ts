// Dates with precision: an event may be known to the day, the month, a part of a
// month ("late June 2022"), the year, or as a range. We store the first day the date
// can mean (and the last, for ranges) and show readers a label that claims no more
// than is known.
import type { DatePrecision } from "@/lib/db/client";

export type PreciseDate = { start: Date; end?: Date | null; precision: DatePrecision };

const PART_START_DAY = { early_month: 1, mid_month: 11, late_month: 21 } as const;
const PART_WORD = { early_month: "early", mid_month: "mid", late_month: "late" } as const;

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day));
}

// Making an Intl.DateTimeFormat costs far more than using one: keep one per locale and parts.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(parts: Intl.DateTimeFormatOptions, locale: string): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(parts)}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(locale, { ...parts, timeZone: "UTC" })));
  return made;
}

function format(date: Date, parts: Intl.DateTimeFormatOptions, locale: string): string {
  return formatter(parts, locale).format(date);
}

/** The first day a date of this precision can mean, given any day inside it. */
export function startOfPrecision(date: Date, precision: DatePrecision): Date {
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  switch (precision) {
    case "year":
      return utc(y, 0, 1);
    case "month":
      return utc(y, m, 1);
    case "early_month":
    case "mid_month":
    case "late_month":
      return utc(y, m, PART_START_DAY[precision]);
    case "day":
    case "range":
      return utc(y, m, d);
  }
}

/** The label readers see: "12 June 2022", "June 2022", "late June 2022", "2014", … */
export function formatDateLabel({ start, end, precision }: PreciseDate, locale = "en-GB"): string {
  switch (precision) {
    case "day":
      return format(start, { day: "numeric", month: "long", year: "numeric" }, locale);
    case "month":
      return format(start, { month: "long", year: "numeric" }, locale);
    case "early_month":
    case "mid_month":
    case "late_month":
      return `${PART_WORD[precision]} ${format(start, { month: "long", year: "numeric" }, locale)}`;
    case "year":
      return String(start.getUTCFullYear());
    case "range": {
      if (!end) return format(start, { day: "numeric", month: "long", year: "numeric" }, locale);
      const options = { day: "numeric", month: "long", year: "numeric" } as const;
      return formatter(options, locale).formatRange(start, end);
    }
  }
}

/** An ISO day (YYYY-MM-DD) as a UTC midnight Date, or an error for impossible days. */
export function parseIsoDay(day: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`Not a date: ${day}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = utc(y, m, d);
  if (date.getUTCMonth() !== m || date.getUTCDate() !== d) throw new RangeError(`No such day: ${day}`);
  return date;
}

export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
