import { describe, expect, it } from "vitest";
import { formatDateLabel, parseIsoDay, startOfPrecision, toIsoDay } from "./precision";

const day = (s: string) => parseIsoDay(s);

describe("formatDateLabel", () => {
  it("claims no more than the precision", () => {
    expect(formatDateLabel({ start: day("2022-06-12"), precision: "day" })).toBe("12 June 2022");
    expect(formatDateLabel({ start: day("2022-06-01"), precision: "month" })).toBe("June 2022");
    expect(formatDateLabel({ start: day("2022-02-21"), precision: "late_month" })).toBe("late February 2022");
    expect(formatDateLabel({ start: day("2022-07-11"), precision: "mid_month" })).toBe("mid July 2022");
    expect(formatDateLabel({ start: day("2014-01-01"), precision: "year" })).toBe("2014");
  });

  it("shows a range compactly", () => {
    const label = formatDateLabel({ start: day("2022-06-12"), end: day("2022-06-14"), precision: "range" });
    expect(label).toMatch(/^12\s*[–-]\s*14 June 2022$/);
  });
});

describe("startOfPrecision", () => {
  it("moves a day to the first day its precision can mean", () => {
    expect(toIsoDay(startOfPrecision(day("2022-02-27"), "late_month"))).toBe("2022-02-21");
    expect(toIsoDay(startOfPrecision(day("2022-02-27"), "early_month"))).toBe("2022-02-01");
    expect(toIsoDay(startOfPrecision(day("2022-02-27"), "month"))).toBe("2022-02-01");
    expect(toIsoDay(startOfPrecision(day("2014-09-30"), "year"))).toBe("2014-01-01");
    expect(toIsoDay(startOfPrecision(day("2022-06-12"), "day"))).toBe("2022-06-12");
  });
});

describe("parseIsoDay", () => {
  it("refuses days that do not exist", () => {
    expect(() => parseIsoDay("2022-02-30")).toThrow(/No such day/);
    expect(() => parseIsoDay("12/06/2022")).toThrow(/Not a date/);
  });
});
