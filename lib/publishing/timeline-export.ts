// A brief's timeline in TimelineJS3's JSON format, so that readers and partners can
// show or reuse it (https://timeline.knightlab.com/docs/json-format.html). Dates say
// no more than is known: a year-only event has only a year, a month-only event a year
// and a month; a part of a month ("late June 2022") has its month, with the label as
// display_date; a range has its end date. Pure: it maps a publication's snapshot.
import type { BriefSnapshot, SnapshotEvent } from "@/lib/revisions/snapshot";
import { documentRef } from "./get-published-document";

export type TimelineDate = { year: number; month?: number; day?: number };
export type TimelineSlide = {
  start_date: TimelineDate;
  end_date?: TimelineDate;
  display_date?: string;
  text: { headline: string; text: string };
  unique_id: string;
};
export type TimelineJson = { title: { text: { headline: string; text: string } }; events: TimelineSlide[] };

const PART_OF_MONTH = new Set(["early_month", "mid_month", "late_month"]);

export function timelineDate(iso: string, precision: string): TimelineDate {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  if (precision === "year") return { year };
  if (precision === "month" || PART_OF_MONTH.has(precision)) return { year, month };
  return { year, month, day };
}

export function toTimelineJson(snapshot: BriefSnapshot, { origin, slug }: { origin: string; slug: string }): TimelineJson {
  const documents = new Map(snapshot.documents.map((d) => [d.id, d]));
  const captured = (ref: string) => new URL(`/briefs/${slug}/documents/${encodeURIComponent(ref)}`, origin).toString();
  const slide = (event: SnapshotEvent): TimelineSlide => {
    const sources = event.documentIds.flatMap((id) => {
      const d = documents.get(id);
      return d ? [`<a href="${escapeHtml(captured(documentRef(d)))}">${escapeHtml(d.title)}</a> (${escapeHtml(d.source.name)})`] : [];
    });
    const lines = [
      // the reader's page labels it too: a plan is not something that happened
      event.planned && `<p>Planned: it had not happened when this was published.</p>`,
      event.place && `<p>${escapeHtml(event.place)}</p>`,
      event.reportedBy && `<p>As reported by ${escapeHtml(event.reportedBy.name)}</p>`,
      sources.length > 0 && `<p>Sources: ${sources.join("; ")}</p>`,
    ].filter(Boolean);
    const ranged = event.precision === "range" && event.dateEnd;
    return {
      start_date: timelineDate(event.dateStart, ranged ? "day" : event.precision),
      ...(ranged && { end_date: timelineDate(event.dateEnd!, "day") }),
      // TimelineJS would write a part of a month as the month alone, and a range by its days: say what the brief says.
      ...((PART_OF_MONTH.has(event.precision) || ranged) && { display_date: event.dateLabel }),
      text: { headline: escapeHtml(event.description), text: lines.join("") },
      unique_id: event.ref,
    };
  };
  return {
    title: { text: { headline: escapeHtml(snapshot.title), text: `<p>${escapeHtml(snapshot.summary)}</p>` } },
    events: snapshot.events.map(slide),
  };
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
/** TimelineJS renders headline and text as HTML: the brief's plain text is escaped to mean itself. */
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!);
