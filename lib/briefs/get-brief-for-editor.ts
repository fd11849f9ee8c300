// Everything the brief editor needs: the fields as saved, the version they are at,
// and what the body may cite (the brief's quotes, events and documents).
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readBriefFields } from "./brief-fields";

export type CitationTarget = { ref: string; kind: "quote" | "event" | "document"; label: string };

export async function getBriefForEditor(actor: Actor | null, briefId: string) {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    const brief = await tx.brief.findUnique({
      where: { id: briefId },
      select: {
        id: true,
        updatedAt: true,
        withdrawnAt: true,
        lastEditedBy: { select: { name: true } },
        authors: { select: { user: { select: { name: true } } } },
        quotes: { orderBy: { position: "asc" }, select: { ref: true, text: true, speakerName: true } },
        events: { orderBy: { dateStart: "asc" }, select: { ref: true, dateLabel: true, description: true } },
        documents: { orderBy: { ref: "asc" }, select: { ref: true, document: { select: { title: true } } } },
        _count: { select: { revisions: true } },
      },
    });
    if (!brief) throw new AppError("not_found", "There is no such brief.");
    const fields = await readBriefFields(tx, briefId);
    const shorten = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);
    const citations: CitationTarget[] = [
      ...brief.quotes.map((q) => ({ ref: q.ref, kind: "quote" as const, label: `${q.speakerName}: “${shorten(q.text)}”` })),
      ...brief.events.map((e) => ({ ref: e.ref, kind: "event" as const, label: `${e.dateLabel}: ${shorten(e.description)}` })),
      ...brief.documents.map((d) => ({ ref: d.ref, kind: "document" as const, label: shorten(d.document.title) })),
    ];
    return {
      id: brief.id,
      fields: { title: fields.title, slug: fields.slug, summary: fields.summary, body: fields.body, topics: fields.topics },
      version: fields.version,
      state: fields.state,
      published: fields.published,
      withdrawn: brief.withdrawnAt !== null,
      updatedAt: brief.updatedAt,
      lastEditedBy: brief.lastEditedBy?.name ?? null,
      authors: brief.authors.map((a) => a.user.name),
      revisions: brief._count.revisions,
      citations,
    };
  });
}
