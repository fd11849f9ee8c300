import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { newActor } from "@/lib/test-support";
import { buildDocument } from "@/prisma/seed/factories";
import { forgetUnsavedCaptures, UNSAVED_CAPTURE_TTL_MS, UNSAVED_CAPTURES_PER_EDITOR } from "./forget-unsaved-captures";

const now = new Date("2026-12-03T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

async function capture(editorId: string, createdAt: Date, documentId: string | null = null) {
  const row = await db().pageCapture.create({
    data: {
      requestedUrl: "https://news.example/a",
      finalUrl: "https://news.example/a",
      status: 200,
      contentType: "text/html",
      charset: "utf-8",
      body: new Uint8Array(Buffer.from("<p>the page</p>")),
      fetchedAt: createdAt,
      text: "the page",
      metadata: {},
      capturedById: editorId,
      createdAt,
      documentId,
    },
  });
  return row.id;
}

const remaining = async (ids: string[]) =>
  (await db().pageCapture.findMany({ where: { id: { in: ids } }, select: { id: true } }))
    .map((c) => ids.indexOf(c.id))
    .sort((a, b) => a - b);

describe("forgetUnsavedCaptures", () => {
  it("forgets unsaved captures older than a day, anyone's, and keeps every saved one", async () => {
    const [me, other] = [await newActor(), await newActor()];
    const document = await db().$transaction((tx) => buildDocument(tx, { capturedText: `saved ${Date.now()}` }));
    const ids = [
      await capture(me.id, ago(UNSAVED_CAPTURE_TTL_MS + 60_000)), // 0: stale
      await capture(other.id, ago(UNSAVED_CAPTURE_TTL_MS + 60_000)), // 1: stale, another editor's
      await capture(other.id, ago(UNSAVED_CAPTURE_TTL_MS - 60_000)), // 2: still fresh
      await capture(me.id, ago(30 * UNSAVED_CAPTURE_TTL_MS), document.id), // 3: saved as a document long ago
    ];
    await db().$transaction((tx) => forgetUnsavedCaptures(tx, me.id, now));
    expect(await remaining(ids)).toEqual([2, 3]);
  });

  it("keeps an editor's newest unsaved captures and forgets the rest of theirs", async () => {
    const [me, other] = [await newActor(), await newActor()];
    const mine: string[] = [];
    for (let i = 0; i < UNSAVED_CAPTURES_PER_EDITOR + 3; i++) mine.push(await capture(me.id, ago((i + 1) * 60_000)));
    const theirs: string[] = [];
    for (let i = 0; i < UNSAVED_CAPTURES_PER_EDITOR + 1; i++) theirs.push(await capture(other.id, ago((i + 1) * 60_000)));

    const forgotten = await db().$transaction((tx) => forgetUnsavedCaptures(tx, me.id, now));

    expect(forgotten).toBeGreaterThanOrEqual(3);
    expect(await remaining(mine)).toEqual([...Array(UNSAVED_CAPTURES_PER_EDITOR).keys()]); // the newest
    expect(await remaining(theirs)).toHaveLength(UNSAVED_CAPTURES_PER_EDITOR + 1); // another editor's own turn
  });
});
