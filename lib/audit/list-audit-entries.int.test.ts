import { describe, expect, it } from "vitest";
import { createBrief } from "@/lib/briefs/create-brief";
import { updateBrief } from "@/lib/briefs/update-brief";
import { newActor, refusal } from "@/lib/test-support";
import { listAuditEntries } from "./list-audit-entries";

describe("the audit log", () => {
  it("shows admins who did what, filtered by brief, user, action and date", async () => {
    const [admin, editor] = [await newActor({ role: "admin" }), await newActor()];
    const brief = await createBrief(editor, { title: "Audited", slug: `audited-${Date.now()}`, summary: "", body: "", topics: [] });
    await createBrief(admin, { title: "Other", slug: `other-${Date.now()}`, summary: "", body: "", topics: [] });

    const byBrief = await listAuditEntries(admin, { brief: brief.id });
    expect(byBrief.entries.map((e) => [e.action, e.actor, e.entity, e.toState])).toEqual([
      ["brief.create", editor.name, "brief “Audited”", "draft"],
    ]);
    const byUser = await listAuditEntries(admin, { user: admin.id, action: "brief.create" });
    expect(byUser.entries.map((e) => e.entity)).toEqual(["brief “Other”"]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEntries(admin, { brief: brief.id, from: today, to: today })).entries).toHaveLength(1);
    expect((await listAuditEntries(admin, { brief: brief.id, to: "2020-01-01" })).entries).toHaveLength(0);
  });

  it("reads as words: the action, names instead of ids, details instead of JSON", async () => {
    const [admin, editor] = [await newActor({ role: "admin" }), await newActor()];
    const brief = await createBrief(editor, { title: "Named", slug: `named-${Date.now()}`, summary: "", body: "", topics: [] });
    await updateBrief(editor, {
      briefId: brief.id,
      baseVersion: 1,
      fields: { title: "Named", slug: `named-${Date.now()}`, summary: "Now with a summary.", body: "", topics: [] },
    });
    const [entry] = (await listAuditEntries(admin, { brief: brief.id, action: "brief.create" })).entries;
    expect(entry).toMatchObject({ actor: editor.name, did: "created", entity: "brief “Named”" });
    for (const e of (await listAuditEntries(admin, { brief: brief.id })).entries) {
      expect(e.details.map((d) => d.value).join(" ")).not.toMatch(/[{}]|\bc[a-z0-9]{24}\b/);
    }
  });

  it("is for admins only", async () => {
    const editor = await newActor();
    expect((await refusal(listAuditEntries(editor))).code).toBe("forbidden");
    expect((await refusal(listAuditEntries(null))).code).toBe("unauthenticated");
  });

  it("records a state change in the same transaction as the change", async () => {
    const [admin, editor] = [await newActor({ role: "admin" }), await newActor()];
    const brief = await createBrief(editor, { title: "Rolled back", slug: `rolled-${Date.now()}`, summary: "", body: "", topics: [] });
    // A refused save writes neither the change nor an entry.
    await refusal(
      updateBrief(editor, {
        briefId: brief.id,
        baseVersion: 1,
        fields: { title: "x", slug: "NOT A SLUG", summary: "", body: "", topics: [] },
      }),
    );
    expect((await listAuditEntries(admin, { brief: brief.id })).entries.map((e) => e.action)).toEqual(["brief.create"]);
  });
});
