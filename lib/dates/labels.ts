// The words the desk's forms use for how precisely a date is known. A labels module:
// components import it as a value, so it holds constants only (eslint.config.js).
import type { DatePrecision } from "@/lib/db/client";

/** As a choice in the quote, event and candidate forms. */
export const PRECISION_LABELS: Record<DatePrecision, string> = {
  day: "Exact day",
  month: "Month",
  early_month: "Early in the month (1–10)",
  mid_month: "Mid-month (11–20)",
  late_month: "Late in the month (21 to the end)",
  year: "Year",
  range: "Range (uses the end date)",
};

/** Every precision an event's date may take, in the order the forms offer them. */
export const DATE_PRECISIONS = Object.keys(PRECISION_LABELS) as DatePrecision[];

/** A quote's date is never a range: it was said at one moment, known more or less exactly. */
export const QUOTE_DATE_PRECISIONS = [
  "day",
  "month",
  "early_month",
  "mid_month",
  "late_month",
  "year",
] as const satisfies readonly DatePrecision[];
