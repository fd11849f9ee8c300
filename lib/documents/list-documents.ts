// Documents for the desk's list and for pickers: newest first, optionally those whose
// title contains the words searched for (any case). Never the captured text.
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { toIsoDay } from "@/lib/dates/precision";
import { db } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { listDocumentsSchema } from "./schemas";

export type DocumentListEntry = {
  id: string;
  title: string;
  url: string | null;
  author: string | null;
  /** YYYY-MM-DD */
  publishedOn: string | null;
  createdAt: Date;
  publisher: string;
};

export type ListDocumentsInput = UseCaseInput<typeof listDocumentsSchema>;

export async function listDocuments(actor: Actor | null, input: ListDocumentsInput = {}): Promise<DocumentListEntry[]> {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    const { query, limit } = parseInput(listDocumentsSchema, input);
    const words = query?.split(/\s+/) ?? [];
    const rows = await tx.document.findMany({
      where: { AND: words.map((word) => ({ title: { contains: word, mode: "insensitive" as const } })) },
      select: { id: true, title: true, url: true, author: true, publishedOn: true, createdAt: true, source: { select: { name: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
    });
    return rows.map(({ source, publishedOn, ...row }) => ({
      ...row,
      publishedOn: publishedOn ? toIsoDay(publishedOn) : null,
      publisher: source.name,
    }));
  });
}
