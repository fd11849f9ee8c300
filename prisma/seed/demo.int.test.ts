import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getPublishedBrief } from "@/lib/publishing/get-published-brief";
import { listPublishedBriefs } from "@/lib/publishing/list-published-briefs";
import { buildSnapshot } from "@/lib/revisions/snapshot";
import { verifyPassword } from "@/lib/users/password";
import { isEmpty, seedDemo, type DemoAccount } from "./demo";

let accounts: DemoAccount[];

beforeAll(async () => {
  expect(await isEmpty(db())).toBe(true);
  accounts = await seedDemo(db());
});

describe("the demo desk", () => {
  it("has one admin and two editors with random passwords that verify", async () => {
    expect(accounts.map((a) => a.role).sort()).toEqual(["admin", "editor", "editor"]);
    const admin = accounts.find((a) => a.role === "admin")!;
    const stored = await db().user.findUniqueOrThrow({ where: { email: admin.email } });
    expect(stored.passwordHash).not.toContain(admin.password);
    expect(await verifyPassword(admin.password!, stored.passwordHash!)).toBe(true);
    expect(await isEmpty(db())).toBe(false);
  });

  it("publishes the fixture as a reviewed brief whose quotes are all verbatim", async () => {
    const brief = await getPublishedBrief("ukraine-cuts-ties-with-north-korea");
    expect(brief).not.toBeNull();
    const { snapshot } = brief!;
    expect(snapshot.quotes).toHaveLength(9);
    expect(snapshot.quotes.every((q) => q.verification === "verbatim")).toBe(true);
    expect(snapshot.quotes.find((q) => q.text === "strongly condemns")?.speakerName).toBe("Oleh Nikolenko");
    expect(brief!.review?.reviewerName).toBe("Lena Okafor");
    expect(snapshot.authors.map((a) => a.name)).toEqual(["Tomas Berg"]);
  });

  it("keeps the captured text exactly as given, with its hash", async () => {
    const { readFileSync } = await import("node:fs");
    const { sha256 } = await import("@/lib/revisions/content-hash");
    const text = readFileSync(new URL("./data/ukraine-north-korea.txt", import.meta.url), "utf8");
    const document = await db().document.findFirstOrThrow({ where: { title: { startsWith: "Ukraine Cuts Off" } } });
    expect(document.capturedText).toBe(text);
    expect(document.contentHash).toBe(sha256(text));
  });

  it("dates the timeline with the precision the text allows", async () => {
    const { snapshot } = (await getPublishedBrief("ukraine-cuts-ties-with-north-korea"))!;
    expect(snapshot.events.map((e) => e.dateLabel)).toEqual([
      "2014",
      "late February 2022",
      "late February 2022",
      "12 June 2022",
      "late June 2022",
      expect.stringMatching(/^4\s*[–-]\s*10 July 2022$/),
      "mid July 2022",
    ]);
  });

  it("marks state-affiliated sources", async () => {
    const { sources } = (await getPublishedBrief("ukraine-cuts-ties-with-north-korea"))!;
    const affiliated = sources.filter((s) => s.stateAffiliated).map((s) => s.name);
    expect(affiliated).toEqual(expect.arrayContaining(["Ministry of Foreign Affairs of North Korea", "Russian state media"]));
    expect(sources.find((s) => s.name === "Ministry of Foreign Affairs of Ukraine")?.stateAffiliated).toBe(false);
  });

  it("publishes exactly the approved revision (same content hash)", async () => {
    const publication = await db().publication.findFirstOrThrow({ include: { revision: true, review: true } });
    expect(publication.contentHash).toBe(publication.revision.contentHash);
    expect(publication.review?.contentHash).toBe(publication.contentHash);
    expect(publication.review?.reviewerId).not.toBe(publication.revision.authorId);
    const current = await db().$transaction((tx) => buildSnapshot(tx, publication.briefId));
    expect(current.contentHash).toBe(publication.contentHash);
  });

  it("lists only published briefs to readers; the brief in review waits", async () => {
    const listed = (await listPublishedBriefs()).items;
    expect(listed.map((b) => b.slug)).toEqual(["ukraine-cuts-ties-with-north-korea"]);
    expect(await getPublishedBrief("ukraine-ends-relations-with-syria")).toBeNull();
    const inReview = await db().brief.findUniqueOrThrow({
      where: { slug: "ukraine-ends-relations-with-syria" },
      include: { reviews: true },
    });
    expect(inReview.state).toBe("in_review");
    expect(inReview.reviews.map((r) => r.decision)).toEqual(["pending"]);
  });

  it("wrote an audit entry for every state change", async () => {
    const entries = await db().auditEntry.findMany({
      orderBy: { createdAt: "asc" },
      select: { action: true, fromState: true, toState: true },
    });
    expect(entries).toEqual(
      expect.arrayContaining([
        { action: "brief.submit", fromState: "draft", toState: "in_review" },
        { action: "brief.approve", fromState: "in_review", toState: "approved" },
        { action: "brief.publish", fromState: "approved", toState: "published" },
      ]),
    );
    expect(entries.filter((e) => e.action === "brief.submit")).toHaveLength(2);
  });
});
