// An admin adds a source to the registry: confirmed at once, with a slug derived
// from its name (made unique with -2, -3, …).
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { retryOnSlugClash, uniqueSourceSlug } from "./guards";
import { createSourceSchema } from "./schemas";
import { SOURCE_SUMMARY, type SourceSummary } from "./source-summary";

export { createSourceSchema } from "./schemas";
export type CreateSourceInput = UseCaseInput<typeof createSourceSchema>;
export type CreateSourceResult = SourceSummary;

export async function createSource(actor: Actor | null, input: CreateSourceInput): Promise<CreateSourceResult> {
  return retryOnSlugClash(() =>
    db().$transaction(async (tx) => {
      const me = await authorize(tx, actor, "sources.manage");
      const data = parseInput(createSourceSchema, input);
      const slug = await uniqueSourceSlug(tx, data.name);
      const source = await tx.source.create({ data: { ...data, slug, confirmed: true }, select: SOURCE_SUMMARY });
      await recordAudit(tx, {
        actorId: me.id,
        action: "source.create",
        entityType: "source",
        entityId: source.id,
        toState: "confirmed",
        data: { name: source.name, slug: source.slug, kind: source.kind, reliability: source.reliability },
      });
      return source;
    }),
  );
}
