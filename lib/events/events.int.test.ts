import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/test-support";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { buildBrief, buildDocument, buildSource, buildUser, citeDocument } from "@/prisma/seed/factories";
import { addEvent } from "./add-event";
import { listBriefEvents } from "./list-brief-events";
import { loadEventPanel } from "./load-event-panel";
import { removeEvent } from "./remove-event";
import { updateEvent } from "./update-event";

/** An editor, their brief, and two documents the brief cites as d1 and d2. */
async function desk() {
  return db().$transaction(async (tx) => {
    const editor: Actor = await buildUser(tx);
    const brief = await buildBrief(tx, { authorIds: [editor.id] });
    const d1 = await buildDocument(tx, { title: "Agency report" });
    const d2 = await buildDocument(tx, { title: "Ministry statement" });
    await citeDocument(tx, { briefId: brief.id, documentId: d1.id, ref: "d1" });
    await citeDocument(tx, { briefId: brief.id, documentId: d2.id, ref: "d2" });
    return { editor, brief, d1, d2 };
  });
}

const eventInput = (briefId: string, documentIds: string[], overrides: Record<string, unknown> = {}) => ({
  briefId,
  documentIds,
  description: "Troops cross the border",
  date: "2022-06-12",
  precision: "day",
  ...overrides,
});
const briefRow = (id: string) => db().brief.findUniqueOrThrow({ where: { id }, select: { version: true, state: true } });
const revisionCount = (briefId: string) => db().revision.count({ where: { briefId } });

describe("addEvent", () => {
  it("adds e1 with a generated label, bumps the version and records a revision", async () => {
    const { editor, brief, d1 } = await desk();
    const { event, version } = await addEvent(editor, eventInput(brief.id, [d1.id], { place: " Kharkiv " }));
    expect(event).toMatchObject({
      ref: "e1",
      position: 0,
      dateStart: "2022-06-12",
      dateEnd: null,
      precision: "day",
      dateLabel: "12 June 2022",
      generatedLabel: "12 June 2022",
      place: "Kharkiv",
      documents: [{ id: d1.id, ref: "d1", title: "Agency report" }],
      reportedBy: null,
    });
    expect(version).toBe(2);
    expect(await revisionCount(brief.id)).toBe(1);
  });

  it("stores an approximate date at the start of its period, and keeps a custom label", async () => {
    const { editor, brief, d1, d2 } = await desk();
    const { event } = await addEvent(editor, eventInput(brief.id, [d1.id, d2.id], { date: "2022-02-27", precision: "late_month" }));
    expect(event).toMatchObject({ dateStart: "2022-02-21", dateLabel: "late February 2022" });
    expect(event.documents.map((d) => d.ref)).toEqual(["d1", "d2"]);
    const custom = await addEvent(
      editor,
      eventInput(brief.id, [d1.id], { date: "2022-03-05", precision: "month", dateLabel: "spring 2022" }),
    );
    expect(custom.event).toMatchObject({ dateStart: "2022-03-01", dateLabel: "spring 2022", generatedLabel: "March 2022" });
  });

  it("requires a range to end on or after its start", async () => {
    const { editor, brief, d1 } = await desk();
    const missing = await refusal(addEvent(editor, eventInput(brief.id, [d1.id], { precision: "range", description: "" })));
    expect(missing.fieldErrors).toEqual({ description: ["Describe what happened."], dateEnd: ["Enter the last day of the range."] });
    const backwards = await refusal(addEvent(editor, eventInput(brief.id, [d1.id], { precision: "range", dateEnd: "2022-06-11" })));
    expect(backwards.fieldErrors).toEqual({ dateEnd: ["The end date must be on or after the start date."] });

    const { event } = await addEvent(editor, eventInput(brief.id, [d1.id], { precision: "range", dateEnd: "2022-06-14" }));
    expect(event).toMatchObject({ dateStart: "2022-06-12", dateEnd: "2022-06-14" });
    expect(event.dateLabel).toMatch(/^12\s*[–-]\s*14 June 2022$/);
    // Only a range has an end.
    const single = await addEvent(editor, eventInput(brief.id, [d1.id], { dateEnd: "2022-06-14" }));
    expect(single.event.dateEnd).toBeNull();
  });

  it("requires at least one document, each cited by the brief", async () => {
    const { editor, brief } = await desk();
    const elsewhere = await db().$transaction((tx) => buildDocument(tx));
    for (const documentIds of [[], undefined]) {
      const error = await refusal(addEvent(editor, eventInput(brief.id, [], { documentIds })));
      expect(error.fieldErrors.documentIds).toEqual(["Choose at least one document that reports it."]);
    }
    expect((await refusal(addEvent(editor, eventInput(brief.id, [elsewhere.id])))).fieldErrors.documentIds).toHaveLength(1);
    expect(await briefRow(brief.id)).toMatchObject({ version: 1 });
    expect(await revisionCount(brief.id)).toBe(0);
  });

  it("names a reporting source that is not retired", async () => {
    const { editor, brief, d1 } = await desk();
    const [agency, retired] = await db().$transaction(async (tx) => [
      await buildSource(tx, { kind: "agency", stateAffiliated: true }),
      await buildSource(tx, { kind: "outlet" }),
    ]);
    await db().source.update({ where: { id: retired.id }, data: { retiredAt: new Date() } });
    const { event } = await addEvent(editor, eventInput(brief.id, [d1.id], { reportedById: agency.id }));
    expect(event.reportedBy).toEqual({ id: agency.id, name: agency.name, stateAffiliated: true, retired: false });
    expect(
      (await refusal(addEvent(editor, eventInput(brief.id, [d1.id], { reportedById: retired.id })))).fieldErrors.reportedById,
    ).toHaveLength(1);
    expect(
      (await refusal(addEvent(editor, eventInput(brief.id, [d1.id], { reportedById: "no-such-source" })))).fieldErrors.reportedById,
    ).toHaveLength(1);
  });

  it("returns an approved brief to draft", async () => {
    const { editor, brief, d1 } = await desk();
    await db().brief.update({ where: { id: brief.id }, data: { state: "approved" } });
    await addEvent(editor, eventInput(brief.id, [d1.id]));
    expect(await briefRow(brief.id)).toEqual({ version: 2, state: "draft" });
  });
});

describe("updateEvent", () => {
  it("regenerates an empty label from the new date, replaces the documents, and records a revision", async () => {
    const { editor, brief, d1, d2 } = await desk();
    const { event } = await addEvent(editor, eventInput(brief.id, [d1.id], { dateLabel: "that Sunday" }));
    const { event: edited, version } = await updateEvent(
      editor,
      eventInput(brief.id, [d2.id], {
        eventId: event.id,
        date: "2022-07-15",
        precision: "mid_month",
        dateLabel: "",
        baseUpdatedAt: event.updatedAt,
      }) as never,
    );
    expect(edited).toMatchObject({ ref: "e1", dateStart: "2022-07-11", dateLabel: "mid July 2022", documents: [{ id: d2.id, ref: "d2" }] });
    expect(version).toBe(3);
    expect(await revisionCount(brief.id)).toBe(2);

    const stale = await refusal(
      updateEvent(editor, eventInput(brief.id, [d1.id], { eventId: event.id, baseUpdatedAt: event.updatedAt }) as never),
    );
    expect(stale.code).toBe("conflict");
    expect(
      (await refusal(updateEvent(editor, eventInput(brief.id, [], { eventId: event.id }) as never))).fieldErrors.documentIds,
    ).toHaveLength(1);
  });

  it("refuses an event of another brief", async () => {
    const mine = await desk();
    const theirs = await desk();
    const { event } = await addEvent(theirs.editor, eventInput(theirs.brief.id, [theirs.d1.id]));
    expect((await refusal(updateEvent(mine.editor, eventInput(mine.brief.id, [mine.d1.id], { eventId: event.id }) as never))).code).toBe(
      "not_found",
    );
    expect((await refusal(removeEvent(mine.editor, { briefId: mine.brief.id, eventId: event.id }))).code).toBe("not_found");
    expect(await db().event.count({ where: { id: event.id } })).toBe(1);
  });
});

describe("refs, timeline and removal", () => {
  it("gives e3 after e1 is removed, and warns when the body still cites a removed event", async () => {
    const { editor, brief, d1 } = await desk();
    const add = async () => (await addEvent(editor, eventInput(brief.id, [d1.id]))).event;
    const e1 = await add();
    const e2 = await add();
    expect(await removeEvent(editor, { briefId: brief.id, eventId: e1.id })).toMatchObject({ ref: "e1", warning: null });
    expect((await add()).ref).toBe("e3");
    await db().brief.update({ where: { id: brief.id }, data: { body: "It began then [@e2]." } });
    const removed = await removeEvent(editor, { briefId: brief.id, eventId: e2.id });
    expect(removed.warning).toMatch(/\[@e2\].*points at nothing/);
  });

  it("lists events in date order, approximate dates at the start of their period", async () => {
    const { editor, brief, d1 } = await desk();
    const add = (description: string, date: string, precision: string, dateEnd?: string) =>
      addEvent(editor, eventInput(brief.id, [d1.id], { description, date, precision, dateEnd }));
    await add("late in June", "2022-06-30", "late_month");
    await add("a day", "2022-06-12", "day");
    await add("the year", "2022-09-09", "year");
    await add("a range", "2022-06-01", "range", "2022-06-03");
    await add("the month", "2022-06-20", "month");
    const events = await listBriefEvents(editor, { briefId: brief.id });
    expect(events.map((e) => [e.description, e.dateStart, e.dateLabel])).toEqual([
      ["the year", "2022-01-01", "2022"],
      ["the month", "2022-06-01", "June 2022"],
      ["a range", "2022-06-01", expect.stringMatching(/^1\s*[–-]\s*3 June 2022$/)],
      ["a day", "2022-06-12", "12 June 2022"],
      ["late in June", "2022-06-21", "late June 2022"],
    ]);
  });
});

describe("who may change events", () => {
  it("refuses anonymous and deactivated callers and writes nothing", async () => {
    const { editor, brief, d1 } = await desk();
    const { event } = await addEvent(editor, eventInput(brief.id, [d1.id]));
    const deactivated = await db().$transaction((tx) => buildUser(tx, { active: false }));
    for (const actor of [null, deactivated]) {
      expect((await refusal(addEvent(actor, eventInput(brief.id, [d1.id])))).code).toBe("unauthenticated");
      expect((await refusal(updateEvent(actor, eventInput(brief.id, [d1.id], { eventId: event.id }) as never))).code).toBe(
        "unauthenticated",
      );
      expect((await refusal(removeEvent(actor, { briefId: brief.id, eventId: event.id }))).code).toBe("unauthenticated");
      expect((await refusal(loadEventPanel(actor, brief.id))).code).toBe("unauthenticated");
    }
    expect(await briefRow(brief.id)).toMatchObject({ version: 2 });
  });

  it("lets an admin edit too, and loads the panel's data", async () => {
    const { brief, d1, d2 } = await desk();
    const admin = await db().$transaction((tx) => buildUser(tx, { role: "admin" }));
    await addEvent(admin, eventInput(brief.id, [d2.id]));
    const panel = await loadEventPanel(admin, brief.id);
    expect(panel.events.map((e) => e.ref)).toEqual(["e1"]);
    expect(panel.documents.map((d) => [d.id, d.ref])).toEqual([
      [d1.id, "d1"],
      [d2.id, "d2"],
    ]);
    expect(Array.isArray(panel.sourceOptions)).toBe(true);
  });
});
