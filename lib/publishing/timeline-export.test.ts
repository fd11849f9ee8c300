import { describe, expect, it } from "vitest";
import { publishedBriefFixture } from "@/lib/feeds/published-brief.fixture";
import type { SnapshotEvent } from "@/lib/revisions/snapshot";
import { toTimelineJson } from "./timeline-export";

const event = (ref: string, overrides: Partial<SnapshotEvent>): SnapshotEvent => ({
  ref,
  description: `Event ${ref}`,
  dateStart: "2022-06-21",
  dateEnd: null,
  precision: "day",
  dateLabel: "21 June 2022",
  place: "",
  reportedBy: null,
  documentIds: ["d1"],
  ...overrides,
});

const timeline = (events: SnapshotEvent[]) =>
  toTimelineJson(publishedBriefFixture({ events }).snapshot, { origin: "https://briefs.example.org", slug: "ukraine-cuts-ties" });

describe("toTimelineJson", () => {
  it("keeps every precision as precise as it is, and no more", () => {
    const { events } = timeline([
      event("e1", { precision: "day", dateStart: "2022-07-13", dateLabel: "13 July 2022" }),
      event("e2", { precision: "month", dateStart: "2022-06-01", dateLabel: "June 2022" }),
      event("e3", { precision: "early_month", dateStart: "2022-06-01", dateLabel: "early June 2022" }),
      event("e4", { precision: "mid_month", dateStart: "2022-06-11", dateLabel: "mid-June 2022" }),
      event("e5", { precision: "late_month", dateStart: "2022-06-21", dateLabel: "late June 2022" }),
      event("e6", { precision: "year", dateStart: "2016-01-01", dateLabel: "2016" }),
      event("e7", { precision: "range", dateStart: "2016-03-01", dateEnd: "2019-11-30", dateLabel: "March 2016 – November 2019" }),
    ]);
    expect(events.map(({ start_date, end_date, display_date }) => ({ start_date, end_date, display_date }))).toEqual([
      { start_date: { year: 2022, month: 7, day: 13 }, end_date: undefined, display_date: undefined },
      { start_date: { year: 2022, month: 6 }, end_date: undefined, display_date: undefined },
      { start_date: { year: 2022, month: 6 }, end_date: undefined, display_date: "early June 2022" },
      { start_date: { year: 2022, month: 6 }, end_date: undefined, display_date: "mid-June 2022" },
      { start_date: { year: 2022, month: 6 }, end_date: undefined, display_date: "late June 2022" },
      { start_date: { year: 2016 }, end_date: undefined, display_date: undefined },
      {
        start_date: { year: 2016, month: 3, day: 1 },
        end_date: { year: 2019, month: 11, day: 30 },
        display_date: "March 2016 – November 2019",
      },
    ]);
    // no key at all, not an undefined one, where a part is unknown: the JSON says only what is known
    expect(JSON.parse(JSON.stringify(events[5]))).not.toHaveProperty("display_date");
    expect(Object.keys(events[5]!.start_date)).toEqual(["year"]);
  });

  it("gives the brief's title, each event's words as escaped HTML, and links to the captured copies of its sources", () => {
    const json = timeline([
      event("e1", {
        description: "Kyiv <cuts> ties",
        place: "Kyiv",
        reportedBy: {
          id: "s",
          slug: "s",
          name: "TASS",
          kind: "agency",
          homepageUrl: null,
          country: "RU",
          reliability: "low",
          reliabilityRationale: "",
          stateAffiliated: true,
        },
      }),
    ]);
    expect(json.title.text.headline).toBe("Ukraine cuts ties with North Korea");
    expect(json.events[0]!.text.headline).toBe("Kyiv &lt;cuts&gt; ties");
    expect(json.events[0]!.text.text).toContain("<p>Kyiv</p><p>As reported by TASS</p>");
    expect(json.events[0]!.text.text).toContain(
      '<a href="https://briefs.example.org/briefs/ukraine-cuts-ties/documents/d1">Ukraine Cuts Off North Korean Relationship</a> (Ukrinform)',
    );
    expect(json.events[0]!.unique_id).toBe("e1");
  });

  it("says that a planned event had not happened, as the reader's page does", () => {
    const { events } = timeline([event("e1", { planned: true }), event("e2", {})]);
    expect(events[0]!.text.text).toMatch(/^<p>Planned: it had not happened when this was published\.<\/p>/);
    expect(events[1]!.text.text).not.toContain("Planned");
  });
});
