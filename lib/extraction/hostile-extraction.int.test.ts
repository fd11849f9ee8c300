// Issue 14: a megabyte document of dates, or of one quotation repeated, must not hold
// the server. Its candidates are read by a separate process while the request answers
// at once with the progress; the screen then shows one bounded page with "N more",
// and a decision on a later page works. The event loop of this process (where the
// requests run) is measured with monitorEventLoopDelay throughout.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { buildBrief, buildDocument, buildUser, citeDocument } from "@/prisma/seed/factories";
import { acceptCandidate, rejectCandidate } from "./decide-candidate";
import { MAX_CANDIDATES } from "./extract-candidates";
import { MAX_DESCRIPTION_CHARS } from "./extract-events";
import { getDocumentCandidates, PAGE_SIZE, TEXT_WINDOW_CHARS, type CandidatePages } from "./get-document-candidates";

const MEGABYTE = 1024 * 1024;
const repeat = (unit: string, size = MEGABYTE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

async function desk(capturedText: string) {
  return db().$transaction(async (tx) => {
    const editor: Actor = await buildUser(tx);
    const brief = await buildBrief(tx, { authorIds: [editor.id] });
    const document = await buildDocument(tx, { capturedText, publishedOn: "2022-07-14" });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    return { editor, ids: { briefId: brief.id, documentId: document.id } };
  });
}

/** Asks for the candidates until the document has been read, as the screen does. */
async function untilRead(editor: Actor, ids: { briefId: string; documentId: string }, pages?: CandidatePages) {
  const seen: string[] = [];
  for (let i = 0; i < 300; i++) {
    const view = await getDocumentCandidates(editor, { ...ids, pages });
    if (!view.reading) return { view, seen };
    seen.push(view.reading.state);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("the document was never read");
}

describe("a 1 MB document of “12 June 2022, ”", () => {
  it("is read off the request path, then shown a page at a time; a decision on a later page works", { timeout: 300_000 }, async () => {
    const { editor, ids } = await desk(repeat("12 June 2022, "));
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const first = await getDocumentCandidates(editor, ids);
    expect(first.reading?.state).toMatch(/^(?:waiting|reading)$/);
    expect(first.events).toHaveLength(0);
    const { view } = await untilRead(editor, ids);
    delay.disable();
    const worstMs = delay.max / 1e6;
    console.log(`worst event-loop block while a 1 MB document was read: ${worstMs.toFixed(0)} ms`);
    expect(worstMs).toBeLessThan(1000);

    expect(view.events).toHaveLength(PAGE_SIZE);
    expect(view.paging.events).toMatchObject({ page: 1, total: MAX_CANDIDATES.events, more: MAX_CANDIDATES.events - PAGE_SIZE });
    expect(view.paging.events.found).toBeGreaterThan(70_000);
    for (const event of view.events) expect(event.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARS + 2);
    expect(view.pieces.reduce((n, p) => n + p.text.length, 0)).toBeLessThanOrEqual(TEXT_WINDOW_CHARS);
    expect(view.shown.length).toBe(MEGABYTE);

    const last = await getDocumentCandidates(editor, { ...ids, pages: { events: 10 } });
    expect(last.paging.events).toMatchObject({ page: 10, more: 0 });
    const [event] = last.events;
    expect(event?.inText).toBe(true);
    expect(
      await acceptCandidate(editor, {
        ...ids,
        candidateKey: event!.key,
        fields: { description: "Talks", date: event!.date, precision: event!.precision },
      }),
    ).toMatchObject({ decision: "accepted", kind: "event" });
    expect(await rejectCandidate(editor, { ...ids, candidateKey: last.events[1]!.key })).toMatchObject({ decision: "rejected" });
    const again = await getDocumentCandidates(editor, { ...ids, pages: { events: 10 } });
    expect(again.events.slice(0, 2).map((e) => e.status.state)).toEqual(["accepted", "rejected"]);
  });
});

describe('a 1 MB document of “"Words here," said John Smith on Tuesday.”', () => {
  it("proposes its first quotes with their speaker, and says how many more the text holds", { timeout: 300_000 }, async () => {
    const { editor, ids } = await desk(repeat('"Words here," said John Smith on Tuesday. '));
    const { view } = await untilRead(editor, ids, { quotes: 2 });
    expect(view.quotes).toHaveLength(PAGE_SIZE);
    expect(view.quotes[0]).toMatchObject({ text: "Words here", speakerName: "John Smith", inText: true });
    expect(view.paging.quotes).toMatchObject({ page: 2, total: MAX_CANDIDATES.quotes, more: MAX_CANDIDATES.quotes - 2 * PAGE_SIZE });
    expect(view.paging.quotes.found).toBeGreaterThan(20_000);
  });
});

describe("a 40 KB chronology, one date a line", () => {
  it("proposes one event a line, each described by its own line", { timeout: 300_000 }, async () => {
    const lines = Array.from({ length: 1200 }, (_, i) => `${(i % 28) + 1} March ${1900 + i}: the council meets`);
    const { editor, ids } = await desk(lines.join("\n"));
    const { view } = await untilRead(editor, ids);
    expect(view.paging.events).toMatchObject({ total: MAX_CANDIDATES.events, found: 1200 });
    expect(view.events[0]).toMatchObject({ date: "1900-03-01", description: "1 March 1900: the council meets" });
  });
});
