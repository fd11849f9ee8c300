import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createSource } from "./create-source";
import { auditOf, newActor, refusal, storedSource, token } from "./test-support";
import { updateSource } from "./update-source";

const rated = {
  kind: "agency",
  homepageUrl: "https://www.reuters.com",
  country: "gb",
  reliability: "high",
  reliabilityRationale: "Wire service with a public corrections policy.",
  stateAffiliated: false,
  notes: "",
};

describe("createSource", () => {
  it("creates a confirmed source with a slug from its name, normalised fields and an audit entry", async () => {
    const admin = await newActor({ role: "admin" });
    const name = `Agence Éclair ${token()}`;
    const source = await createSource(admin, {
      ...rated,
      name: `  ${name} `,
      homepageUrl: "example.org/news",
      notes: " Paris desk ",
    } as never);
    expect(source).toMatchObject({
      name,
      slug: name.toLowerCase().replace("é", "e").replace(/ /g, "-"),
      kind: "agency",
      homepageUrl: "https://example.org/news",
      country: "GB",
      reliability: "high",
      stateAffiliated: false,
      notes: "Paris desk",
      confirmed: true,
      retiredAt: null,
      proposedBy: null,
    });
    expect(await auditOf(source.id)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: "source.create",
        toState: "confirmed",
        data: expect.objectContaining({ name, slug: source.slug }),
      }),
    ]);
  });

  it("numbers the slug of a second, third source with the same name", async () => {
    const admin = await newActor({ role: "admin" });
    const name = `Daily Herald ${token()}`;
    const slugs = [];
    for (let i = 0; i < 3; i++) slugs.push((await createSource(admin, { ...rated, name } as never)).slug);
    const base = name.toLowerCase().replace(/ /g, "-");
    expect(slugs).toEqual([base, `${base}-2`, `${base}-3`]);
  });

  it("gives two sources created at the same moment different slugs", async () => {
    const admin = await newActor({ role: "admin" });
    const name = `Twin Gazette ${token()}`;
    const [a, b] = await Promise.all([createSource(admin, { ...rated, name } as never), createSource(admin, { ...rated, name } as never)]);
    expect(new Set([a.slug, b.slug]).size).toBe(2);
  });

  it("requires a rationale for every rating but unrated", async () => {
    const admin = await newActor({ role: "admin" });
    for (const reliability of ["high", "mixed", "low"]) {
      const error = await refusal(
        createSource(admin, {
          ...rated,
          name: `Rated ${token()}`,
          reliability: reliability as never,
          reliabilityRationale: "   ",
        } as never),
      );
      expect(error.code).toBe("invalid");
      expect(error.fieldErrors).toEqual({
        reliabilityRationale: ["Explain the rating: a rationale is required unless the source is unrated."],
      });
    }
    const unrated = await createSource(admin, { name: `Unrated ${token()}`, kind: "person", reliability: "unrated" });
    expect(unrated).toMatchObject({ reliability: "unrated", reliabilityRationale: "", homepageUrl: null, country: null, notes: "" });
  });

  it("refuses a bad web address, country, kind and name, field by field, and writes nothing", async () => {
    const admin = await newActor({ role: "admin" });
    const before = await db().source.count();
    for (const homepageUrl of ["not a web address", "javascript:alert(1)", "ftp://files.example.org", "https://localhost"]) {
      const error = await refusal(createSource(admin, { ...rated, name: `Bad URL ${token()}`, homepageUrl } as never));
      expect(Object.keys(error.fieldErrors)).toEqual(["homepageUrl"]);
    }
    for (const country of ["XX", "GBR", "U", "1A", "ZZ"]) {
      const error = await refusal(createSource(admin, { ...rated, name: `Bad country ${token()}`, country } as never));
      expect(error.fieldErrors.country).toEqual(["Use a two-letter country code such as UA or GB, or leave it empty."]);
    }
    const error = await refusal(createSource(admin, { ...rated, name: " ", kind: "blog" as never, reliability: "excellent" as never }));
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["kind", "name", "reliability"]);
    expect(await db().source.count()).toBe(before);
  });

  it("is refused to editors, deactivated admins and nobody", async () => {
    const editor = await newActor();
    const deactivated = await newActor({ role: "admin", active: false });
    const name = `Refused ${token()}`;
    expect((await refusal(createSource(editor, { ...rated, name } as never))).code).toBe("forbidden");
    expect((await refusal(createSource(deactivated, { ...rated, name } as never))).code).toBe("unauthenticated");
    expect((await refusal(createSource(null, { ...rated, name } as never))).code).toBe("unauthenticated");
    expect(await db().source.count({ where: { name } })).toBe(0);
  });
});

describe("updateSource", () => {
  it("saves the changed fields, keeps the slug, and records what changed", async () => {
    const admin = await newActor({ role: "admin" });
    const created = await createSource(admin, { ...rated, name: `Wire ${token()}` } as never);
    const { source, changed } = await updateSource(admin, {
      ...rated,
      sourceId: created.id,
      baseUpdatedAt: created.updatedAt.toISOString(),
      name: `Renamed ${token()}`,
      reliability: "mixed",
      reliabilityRationale: "Two retracted stories in 2025.",
      stateAffiliated: true,
      country: "",
    } as never);
    expect(changed.sort()).toEqual(["country", "name", "reliability", "reliabilityRationale", "stateAffiliated"]);
    expect(source).toMatchObject({ slug: created.slug, reliability: "mixed", stateAffiliated: true, country: null });
    const entries = await auditOf(created.id);
    expect(entries.map((e) => e.action)).toEqual(["source.create", "source.update"]);
    expect(entries[1]).toMatchObject({
      actorId: admin.id,
      data: { changed: expect.arrayContaining(["name"]), reliability: { from: "high", to: "mixed" } },
    });
  });

  it("writes nothing when nothing changed", async () => {
    const admin = await newActor({ role: "admin" });
    const created = await createSource(admin, { ...rated, name: `Same ${token()}` } as never);
    const { changed } = await updateSource(admin, { ...rated, sourceId: created.id, name: created.name, country: "GB" } as never);
    expect(changed).toEqual([]);
    expect((await auditOf(created.id)).map((e) => e.action)).toEqual(["source.create"]);
  });

  it("refuses a rated source without a rationale, and an edit over a newer version", async () => {
    const admin = await newActor({ role: "admin" });
    const created = await createSource(admin, { ...rated, name: `Guarded ${token()}` } as never);
    const base = created.updatedAt.toISOString();
    const invalid = await refusal(
      updateSource(admin, { ...rated, sourceId: created.id, name: created.name, reliabilityRationale: "" } as never),
    );
    expect(invalid.fieldErrors).toHaveProperty("reliabilityRationale");

    await updateSource(admin, { ...rated, sourceId: created.id, baseUpdatedAt: base, name: `${created.name} first` } as never);
    const stale = await refusal(
      updateSource(admin, { ...rated, sourceId: created.id, baseUpdatedAt: base, name: `${created.name} second` } as never),
    );
    expect(stale.code).toBe("conflict");
    expect(stale.message).toMatch(/nothing was saved/);
    expect((await storedSource(created.id))?.name).toBe(`${created.name} first`);
  });

  it("is refused to editors, and says so for an unknown source", async () => {
    const admin = await newActor({ role: "admin" });
    const editor = await newActor();
    const created = await createSource(admin, { ...rated, name: `Kept ${token()}` } as never);
    expect((await refusal(updateSource(editor, { ...rated, sourceId: created.id, name: "Editor's name" } as never))).code).toBe(
      "forbidden",
    );
    expect((await storedSource(created.id))?.name).toBe(created.name);
    expect((await refusal(updateSource(admin, { ...rated, sourceId: "no-such-source", name: "Nothing" } as never))).code).toBe("not_found");
  });
});
