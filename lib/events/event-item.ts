// What the event functions read and return about an event: plain, serialisable values
// (ISO days, not Dates), with the refs its documents have in this brief.
import type { DatePrecision, Prisma, Tx } from "@/lib/db/client";
import { formatDateLabel, parseIsoDay, startOfPrecision, toIsoDay } from "@/lib/dates/precision";
import { AppError } from "@/lib/errors";
import { bodyCites } from "@/lib/briefs/refs";

export const eventItemSelect = (briefId: string) =>
  ({
    id: true,
    briefId: true,
    ref: true,
    position: true,
    description: true,
    dateStart: true,
    dateEnd: true,
    precision: true,
    dateLabel: true,
    place: true,
    planned: true,
    updatedAt: true,
    reportedBy: { select: { id: true, name: true, stateAffiliated: true, retiredAt: true } },
    citations: {
      select: { document: { select: { id: true, title: true, briefs: { where: { briefId }, select: { ref: true } } } } },
    },
  }) satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: ReturnType<typeof eventItemSelect> }>;

export type EventItem = {
  id: string;
  briefId: string;
  ref: string;
  position: number;
  description: string;
  /** the first day the date can mean (YYYY-MM-DD) */
  dateStart: string;
  /** the last day, for a range */
  dateEnd: string | null;
  precision: DatePrecision;
  /** what readers see */
  dateLabel: string;
  /** the label generated from the date; `dateLabel` differs when the editor wrote their own */
  generatedLabel: string;
  place: string;
  /** it has not happened yet */
  planned: boolean;
  reportedBy: { id: string; name: string; stateAffiliated: boolean; retired: boolean } | null;
  /** `ref` is null if the brief no longer cites the document */
  documents: { id: string; ref: string | null; title: string }[];
  updatedAt: string;
  /** the body has a [@ref] marker for this event */
  citedInBody: boolean;
};

export function toEventItem(row: EventRow, body: string): EventItem {
  const { reportedBy, citations, dateStart, dateEnd, updatedAt, ...rest } = row;
  return {
    ...rest,
    dateStart: toIsoDay(dateStart),
    dateEnd: dateEnd && toIsoDay(dateEnd),
    generatedLabel: formatDateLabel({ start: dateStart, end: dateEnd, precision: row.precision }),
    reportedBy: reportedBy && {
      id: reportedBy.id,
      name: reportedBy.name,
      stateAffiliated: reportedBy.stateAffiliated,
      retired: reportedBy.retiredAt !== null,
    },
    documents: citations
      .map(({ document }) => ({ id: document.id, title: document.title, ref: document.briefs[0]?.ref ?? null }))
      .sort((a, b) => (a.ref ?? "").localeCompare(b.ref ?? "", "en", { numeric: true })),
    updatedAt: updatedAt.toISOString(),
    citedInBody: bodyCites(body, row.ref),
  };
}

/** The event, read again after a change, as the functions return it. */
export async function readEventItem(tx: Tx, briefId: string, eventId: string): Promise<EventItem> {
  const row = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: eventItemSelect(briefId) });
  const brief = await tx.brief.findUniqueOrThrow({ where: { id: briefId }, select: { body: true } });
  return toEventItem(row, brief.body);
}

/** The event named, if it belongs to the brief named. */
export async function findBriefEvent(tx: Tx, briefId: string, eventId: string) {
  const event = await tx.event.findFirst({
    where: { id: eventId, briefId },
    select: { id: true, ref: true, reportedById: true, updatedAt: true },
  });
  if (!event) throw new AppError("not_found", "This event is no longer on this brief.");
  return event;
}

/**
 * The stored form of an event's date: its first day (the start of its precision),
 * its last day for a range, and the label — the editor's own, or else the generated one.
 */
export function eventDates(input: { date: string; precision: DatePrecision; dateEnd: string | null; dateLabel: string }) {
  const dateStart = startOfPrecision(parseIsoDay(input.date), input.precision);
  const dateEnd = input.precision === "range" && input.dateEnd ? parseIsoDay(input.dateEnd) : null;
  const dateLabel = input.dateLabel || formatDateLabel({ start: dateStart, end: dateEnd, precision: input.precision });
  return { dateStart, dateEnd, precision: input.precision, dateLabel };
}
