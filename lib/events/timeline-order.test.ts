import { describe, expect, it } from "vitest";
import { inTimelineOrder } from "./timeline-order";

const event = (name: string, dateStart: string, dateEnd: string | null, position: number) => ({ name, dateStart, dateEnd, position });

describe("inTimelineOrder", () => {
  it("orders by first day, then last day, then the editor's order", () => {
    const events = [
      event("late June", "2022-06-21", null, 0),
      event("12 June", "2022-06-12", null, 1),
      event("June", "2022-06-01", null, 2),
      event("1-3 June", "2022-06-01", "2022-06-03", 3),
      event("2022", "2022-01-01", null, 4),
      event("also June, added later", "2022-06-01", null, 5),
    ];
    expect(inTimelineOrder(events).map((e) => e.name)).toEqual([
      "2022",
      "June",
      "also June, added later",
      "1-3 June",
      "12 June",
      "late June",
    ]);
    expect(events[0]!.name).toBe("late June"); // the input is left as it was
  });
});
