// An editor starts a brief: it begins as a draft, authored by them, at version 1,
// with its first revision.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordRevision } from "@/lib/revisions/record-revision";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { slugTaken, writeTopics } from "./brief-fields";
import { createBriefSchema } from "./schemas";
import { slugify } from "@/lib/text/slug";

export { createBriefSchema } from "./schemas";
export type CreateBriefInput = UseCaseInput<typeof createBriefSchema>;
export type CreateBriefResult = { id: string; slug: string; version: number };

/** `slug`, or `slug-2`, `slug-3`… whichever no other brief uses. */
async function freeSlug(tx: Tx, slug: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? slug : `${slug.slice(0, 76)}-${n}`;
    if (!(await slugTaken(tx, candidate))) return candidate;
  }
}

export const slugTakenError = () =>
  new AppError("invalid", "Please correct the highlighted fields.", { slug: ["Another brief already uses this slug."] });

export async function createBrief(actor: Actor | null, input: CreateBriefInput, tx?: Tx): Promise<CreateBriefResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const data = parseInput(createBriefSchema, input);
    const slug = data.slug ?? (await freeSlug(tx, slugify(data.title, "brief")));
    if (await slugTaken(tx, slug)) throw slugTakenError();
    const brief = await tx.brief.create({
      data: {
        title: data.title,
        slug,
        summary: data.summary,
        body: data.body,
        lastEditedById: me.id,
        authors: { create: { userId: me.id } },
      },
      select: { id: true, slug: true, version: true },
    });
    await writeTopics(tx, brief.id, data.topics);
    await recordRevision(tx, { briefId: brief.id, authorId: me.id, briefVersion: brief.version });
    await recordAudit(tx, { actorId: me.id, action: "brief.create", entityType: "brief", entityId: brief.id, toState: "draft" });
    return brief;
  });
}
