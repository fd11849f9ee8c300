import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { EventItem } from "@/lib/events/event-item";
import type { QuotePanelQuote } from "@/lib/quotes/load-quote-panel";
import type { SourceOption } from "@/lib/sources/source-options";
import { EventPanel } from "../events/event-panel";
import { QuotePanel } from "./quote-panel";

const action = async () => ({ status: "idle" as const });
const documents = [{ id: "doc1", ref: "d1", title: "Press conference" }];
const sourceOptions: SourceOption[] = [{ id: "s1", name: "Jane Minister", kind: "person", confirmed: false, retired: false }];
const updatedAt = "2026-05-01T08:00:00.000Z";

const quote: QuotePanelQuote = {
  id: "qid",
  briefId: "b1",
  ref: "q1",
  position: 0,
  text: "We will not retreat.",
  speakerName: "Jane",
  speakerTitle: "Minister",
  speakerSource: { id: "gone", name: "Old entry", retired: true },
  document: { id: "doc1", ref: "d1", title: "Press conference" },
  saidOn: "2022-06-21",
  saidOnPrecision: "late_month",
  saidOnLabel: "late June 2022",
  context: "",
  verification: "not_found",
  updatedAt,
  citedInBody: true,
};
const event: EventItem = {
  id: "eid",
  briefId: "b1",
  ref: "e1",
  position: 0,
  description: "Troops cross the border",
  dateStart: "2022-06-12",
  dateEnd: null,
  precision: "day",
  dateLabel: "that Sunday",
  generatedLabel: "12 June 2022",
  place: "Kharkiv",
  planned: false,
  reportedBy: { id: "s1", name: "Agency", stateAffiliated: true, retired: false },
  documents: [{ id: "doc1", ref: "d1", title: "Press conference" }],
  updatedAt,
  citedInBody: false,
};

describe("QuotePanel", () => {
  const html = renderToStaticMarkup(
    <QuotePanel
      briefId="b1"
      quotes={[quote]}
      documents={documents}
      sourceOptions={sourceOptions}
      actions={{ add: action, update: action, move: action, remove: action }}
    />,
  );

  it("shows each quote with its verification status and where the body cites it", () => {
    expect(html).toContain("Not found in the document");
    expect(html).toContain("The body cites it as [@q1].");
    expect(html).toContain("late June 2022");
  });

  it("offers the edit and add forms with the brief's documents and a link to add one", () => {
    for (const label of ["Exact words", "Speaker name", "Speaker title", "Speaker source", "Document", "Said on", "Precision", "Context"]) {
      expect(html).toContain(`>${label}</label>`);
    }
    expect(html).toContain('href="/desk/documents/new?brief=b1"');
    expect(html).toContain("d1: Press conference");
    // a retired speaker source stays selectable on the quote that has it
    expect(html).toContain("Old entry (retired)");
    expect(html).toContain("Jane Minister (person, proposed)");
    expect(html).toContain(`name="baseUpdatedAt" value="${updatedAt}"`);
  });

  it("cannot move the only quote up or down", () => {
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*aria-label="Move q1 up"/);
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*aria-label="Move q1 down"/);
  });
});

describe("EventPanel", () => {
  const html = renderToStaticMarkup(
    <EventPanel
      briefId="b1"
      events={[event]}
      documents={documents}
      sourceOptions={sourceOptions}
      actions={{ add: action, update: action, remove: action }}
    />,
  );

  it("shows a custom label in the field and the generated one as the default", () => {
    expect(html).toContain('value="that Sunday"');
    expect(html).toContain('placeholder="12 June 2022"');
    expect(html).toContain("Leave empty for the label generated from the date: “12 June 2022”.");
  });

  it("ticks the event's documents and previews the timeline", () => {
    expect(html).toMatch(/<input type="checkbox" name="documentIds" checked="" value="doc1"\/>/);
    expect(html).toContain("Timeline preview");
    expect(html).toMatch(/<time dateTime="2022-06-12">that Sunday<\/time>/);
    expect(html).toContain("as reported by Agency");
  });
});
