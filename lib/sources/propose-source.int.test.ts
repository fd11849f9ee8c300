import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { confirmSource } from "./confirm-source";
import { getSource } from "./get-source";
import { listSources } from "./list-sources";
import { proposeSource } from "./propose-source";
import { listSourceOptions } from "./source-options";
import { auditOf, newActor, refusal, storedSource, token } from "./test-support";

describe("proposing and confirming a source", () => {
  it("an editor proposes: unconfirmed, unrated, theirs; listed and offered, and labelled as such", async () => {
    const editor = await newActor();
    const name = `Kyiv Independent ${token()}`;
    const proposed = await proposeSource(editor, {
      name,
      kind: "outlet",
      homepageUrl: "https://kyivindependent.com",
      country: "ua",
      notes: "English-language outlet",
      // an editor cannot rate a source or call it state-affiliated: these are ignored
      reliability: "high",
      reliabilityRationale: "Trust me",
      stateAffiliated: true,
    } as never);
    expect(proposed).toMatchObject({
      name,
      kind: "outlet",
      country: "UA",
      confirmed: false,
      reliability: "unrated",
      reliabilityRationale: "",
      stateAffiliated: false,
      proposedBy: { id: editor.id, name: editor.name },
    });
    expect(await auditOf(proposed.id)).toEqual([
      expect.objectContaining({ actorId: editor.id, action: "source.propose", toState: "unconfirmed" }),
    ]);
    expect(await listSources(editor, { q: name.toLowerCase() })).toEqual([
      expect.objectContaining({ id: proposed.id, confirmed: false, citedCount: 0 }),
    ]);
    expect(await listSourceOptions(editor)).toContainEqual({ id: proposed.id, name, kind: "outlet", confirmed: false, retired: false });
  });

  it("refuses a proposal without a name or with a bad web address", async () => {
    const editor = await newActor();
    const error = await refusal(proposeSource(editor, { name: "", kind: "outlet", homepageUrl: "htp//nope" }));
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["homepageUrl", "name"]);
  });

  it("an admin confirms it, rating it in the same step; the confirmation is audited", async () => {
    const editor = await newActor();
    const admin = await newActor({ role: "admin" });
    const proposed = await proposeSource(editor, { name: `Proposed ${token()}`, kind: "organisation" });

    const refused = await refusal(
      confirmSource(admin, {
        sourceId: proposed.id,
        fields: { name: proposed.name, kind: "organisation", reliability: "low" },
      }),
    );
    expect(refused.fieldErrors).toHaveProperty("reliabilityRationale");
    expect((await storedSource(proposed.id))?.confirmed).toBe(false);

    const { source, changed } = await confirmSource(admin, {
      sourceId: proposed.id,
      baseUpdatedAt: proposed.updatedAt.toISOString(),
      fields: {
        name: `${proposed.name} (corrected)`,
        kind: "organisation",
        reliability: "low",
        reliabilityRationale: "Funded by a party to the conflict.",
      },
    });
    expect(source).toMatchObject({
      confirmed: true,
      reliability: "low",
      name: `${proposed.name} (corrected)`,
      slug: proposed.slug,
      proposedBy: { id: editor.id },
    });
    expect(changed.sort()).toEqual(["name", "reliability", "reliabilityRationale"]);
    expect((await auditOf(proposed.id)).map((e) => [e.action, e.actorId, e.fromState, e.toState])).toEqual([
      ["source.propose", editor.id, null, "unconfirmed"],
      ["source.confirm", admin.id, "unconfirmed", "confirmed"],
    ]);
    expect((await getSource(editor, { sourceId: proposed.id })).confirmed).toBe(true);

    expect((await refusal(confirmSource(admin, { sourceId: proposed.id }))).code).toBe("conflict");
  });

  it("an admin may confirm without editing, and may propose too", async () => {
    const admin = await newActor({ role: "admin" });
    const proposed = await proposeSource(admin, { name: `Admin proposal ${token()}`, kind: "dataset" });
    expect(proposed).toMatchObject({ confirmed: false, proposedBy: { id: admin.id } });
    const { source, changed } = await confirmSource(admin, { sourceId: proposed.id });
    expect(source.confirmed).toBe(true);
    expect(changed).toEqual([]);
  });

  it("an editor can neither confirm nor propose while deactivated", async () => {
    const editor = await newActor();
    const deactivated = await newActor({ active: false });
    const proposed = await proposeSource(editor, { name: `Waiting ${token()}`, kind: "person" });
    expect((await refusal(confirmSource(editor, { sourceId: proposed.id }))).code).toBe("forbidden");
    expect((await storedSource(proposed.id))?.confirmed).toBe(false);
    expect((await refusal(proposeSource(deactivated, { name: `Nope ${token()}`, kind: "person" }))).code).toBe("unauthenticated");
    expect((await refusal(proposeSource(null, { name: `Nope ${token()}`, kind: "person" }))).code).toBe("unauthenticated");
    expect(await db().auditEntry.count({ where: { entityId: proposed.id, action: "source.confirm" } })).toBe(0);
  });
});
