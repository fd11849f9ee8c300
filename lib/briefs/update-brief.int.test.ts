import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/test-support";
import { db } from "@/lib/db/client";
import { buildUser } from "@/prisma/seed/factories";
import { createBrief } from "./create-brief";
import { updateBrief } from "./update-brief";

const editor = () => db().$transaction((tx) => buildUser(tx, { role: "editor" }));
const fields = {
  title: "Ukraine cuts ties",
  slug: `ukraine-cuts-ties-${Date.now()}`,
  summary: "Kyiv broke off relations.",
  body: "Body [@q1]",
  topics: ["War in Ukraine"],
};

describe("saving a brief", () => {
  it("starts a draft at version 1 with its first revision and topics", async () => {
    const me = await editor();
    const brief = await createBrief(me, { ...fields, slug: `start-${Date.now()}` });
    expect(brief.version).toBe(1);
    const stored = await db().brief.findUniqueOrThrow({
      where: { id: brief.id },
      include: { topics: { include: { topic: true } }, revisions: true, authors: true },
    });
    expect(stored.state).toBe("draft");
    expect(stored.topics.map((t) => t.topic.slug)).toEqual(["war-in-ukraine"]);
    expect(stored.revisions.map((r) => [r.number, r.briefVersion])).toEqual([[1, 1]]);
    expect(stored.authors.map((a) => a.userId)).toEqual([me.id]);
  });

  it("derives a free slug from the title when none is given", async () => {
    const me = await editor();
    const title = `Kyiv’s answer ${Date.now()}`;
    const first = await createBrief(me, { ...fields, title, slug: "" });
    const second = await createBrief(me, { ...fields, title, slug: "" });
    expect(first.slug).toMatch(/^kyivs-answer-\d+$/);
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it("refuses a slug another brief uses, next to the slug field", async () => {
    const me = await editor();
    const slug = `taken-${Date.now()}`;
    await createBrief(me, { ...fields, slug });
    const error = await refusal(createBrief(me, { ...fields, slug }));
    expect(error?.fieldErrors.slug).toEqual(["Another brief already uses this slug."]);
  });

  it("refuses a stale save that would overwrite another editor's change, saying who and what", async () => {
    const [tomas, lena] = [await editor(), await editor()];
    const brief = await createBrief(tomas, { ...fields, slug: `stale-${Date.now()}` });
    const loaded = { ...fields, slug: (await db().brief.findUniqueOrThrow({ where: { id: brief.id } })).slug };

    await updateBrief(lena, { briefId: brief.id, baseVersion: 1, base: loaded, fields: { ...loaded, title: "Lena's title" } });
    const error = await refusal(
      updateBrief(tomas, { briefId: brief.id, baseVersion: 1, base: loaded, fields: { ...loaded, title: "Tomas's title" } }),
    );

    expect(error?.code).toBe("conflict");
    expect(error?.message).toContain(`${lena.name} saved this brief after you opened it`);
    expect(error?.message).toContain("They changed the title.");
    expect(error?.details).toMatchObject({ version: 2, changed: ["title"], fields: { title: "Lena's title" } });
    const stored = await db().brief.findUniqueOrThrow({ where: { id: brief.id } });
    expect(stored.title).toBe("Lena's title");
    expect(stored.version).toBe(2);

    // Knowingly overwriting: a save based on the current version goes through.
    const overwrite = await updateBrief(tomas, { briefId: brief.id, baseVersion: 2, fields: { ...loaded, title: "Tomas's title" } });
    expect(overwrite).toMatchObject({ version: 3, saved: true });
  });

  it("lets a save through when the fields this editor loaded were not changed meanwhile", async () => {
    const me = await editor();
    const brief = await createBrief(me, { ...fields, slug: `merge-${Date.now()}` });
    const loaded = { ...fields, slug: (await db().brief.findUniqueOrThrow({ where: { id: brief.id } })).slug };
    // Someone else's change that is not to these fields (a quote added, say) bumps the version.
    await db().brief.update({ where: { id: brief.id }, data: { version: 2 } });
    const result = await updateBrief(me, {
      briefId: brief.id,
      baseVersion: 1,
      base: loaded,
      fields: { ...loaded, summary: "A new summary." },
    });
    expect(result).toMatchObject({ version: 3, saved: true });
  });

  it("lands two saves that changed different fields, and returns the merged fields", async () => {
    const [tomas, lena] = [await editor(), await editor()];
    const brief = await createBrief(tomas, { ...fields, slug: `fields-${Date.now()}` });
    const loaded = { ...fields, slug: brief.slug };
    await updateBrief(lena, { briefId: brief.id, baseVersion: 1, base: loaded, fields: { ...loaded, title: "Lena's title" } });
    const result = await updateBrief(tomas, {
      briefId: brief.id,
      baseVersion: 1,
      base: loaded,
      fields: { ...loaded, summary: "Tomas's summary." },
    });
    expect(result).toMatchObject({ version: 3, saved: true, fields: { title: "Lena's title", summary: "Tomas's summary." } });
    const stored = await db().brief.findUniqueOrThrow({ where: { id: brief.id } });
    expect([stored.title, stored.summary]).toEqual(["Lena's title", "Tomas's summary."]);
  });

  it("calls a conflict with the same user's other tab 'you, in another tab', and offers a merged body", async () => {
    const me = await editor();
    const body = "First paragraph.\n\nSecond paragraph.";
    const brief = await createBrief(me, { ...fields, body, slug: `self-${Date.now()}` });
    const loaded = { ...fields, body, slug: brief.slug };
    await updateBrief(me, {
      briefId: brief.id,
      baseVersion: 1,
      base: loaded,
      fields: { ...loaded, body: "First paragraph, edited.\n\nSecond paragraph." },
    });
    const error = await refusal(
      updateBrief(me, {
        briefId: brief.id,
        baseVersion: 1,
        base: loaded,
        fields: { ...loaded, body: "First paragraph.\n\nSecond paragraph, edited." },
      }),
    );
    expect(error?.code).toBe("conflict");
    expect(error?.message).toContain("You saved this brief in another tab or window after this one opened it");
    expect(error?.message).toContain("There you changed the body.");
    expect(error?.details).toMatchObject({
      self: true,
      changed: ["body"],
      mergedBody: "First paragraph, edited.\n\nSecond paragraph, edited.",
    });
  });

  it("records nothing when nothing changed, and folds autosaves into one revision", async () => {
    const me = await editor();
    const brief = await createBrief(me, { ...fields, slug: `autosave-${Date.now()}` });
    const loaded = { ...fields, slug: (await db().brief.findUniqueOrThrow({ where: { id: brief.id } })).slug };
    expect(await updateBrief(me, { briefId: brief.id, baseVersion: 1, fields: loaded })).toMatchObject({ saved: false, version: 1 });

    let version = 1;
    for (const body of ["a", "ab", "abc"]) {
      ({ version } = await updateBrief(me, { briefId: brief.id, baseVersion: version, fields: { ...loaded, body }, autosave: true }));
    }
    let revisions = await db().revision.findMany({ where: { briefId: brief.id }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => [r.number, r.briefVersion])).toEqual([[1, 4]]);
    expect((revisions[0]!.snapshot as { body: string }).body).toBe("abc");

    // A save by hand always makes a revision of its own.
    await updateBrief(me, { briefId: brief.id, baseVersion: version, fields: { ...loaded, body: "abcd" } });
    revisions = await db().revision.findMany({ where: { briefId: brief.id }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => [r.number, r.briefVersion])).toEqual([
      [1, 4],
      [2, 5],
    ]);
  });

  it("returns an approved brief to draft, with an audit entry", async () => {
    const me = await editor();
    const brief = await createBrief(me, { ...fields, slug: `approved-${Date.now()}` });
    await db().brief.update({ where: { id: brief.id }, data: { state: "approved" } });
    const loaded = { ...fields, slug: (await db().brief.findUniqueOrThrow({ where: { id: brief.id } })).slug };
    await updateBrief(me, { briefId: brief.id, baseVersion: 1, fields: { ...loaded, title: "Changed after approval" } });
    expect((await db().brief.findUniqueOrThrow({ where: { id: brief.id } })).state).toBe("draft");
    expect(
      await db().auditEntry.count({ where: { entityId: brief.id, action: "brief.edit_returns_to_draft", fromState: "approved" } }),
    ).toBe(1);
  });

  it("keeps a published brief's address", async () => {
    const me = await editor();
    const brief = await createBrief(me, { ...fields, slug: `published-${Date.now()}` });
    const publication = await db().$transaction(async (tx) => {
      const revision = await tx.revision.findFirstOrThrow({ where: { briefId: brief.id } });
      return tx.publication.create({
        data: {
          briefId: brief.id,
          revisionId: revision.id,
          version: 1,
          snapshot: {},
          contentHash: revision.contentHash,
          publishedById: me.id,
        },
      });
    });
    await db().brief.update({ where: { id: brief.id }, data: { currentPublicationId: publication.id, state: "published" } });
    const loaded = { ...fields, slug: brief.slug };
    const error = await refusal(updateBrief(me, { briefId: brief.id, baseVersion: 1, fields: { ...loaded, slug: "a-new-address" } }));
    expect(error?.fieldErrors.slug?.[0]).toMatch(/published/);
  });

  it("refuses anonymous callers and deactivated users", async () => {
    const gone = await db().$transaction((tx) => buildUser(tx, { active: false }));
    expect((await refusal(createBrief(null, fields)))?.code).toBe("unauthenticated");
    expect((await refusal(createBrief(gone, fields)))?.code).toBe("unauthenticated");
  });
});
