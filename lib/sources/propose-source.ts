// An editor (or admin) proposes a source the registry lacks. It can be cited at
// once, but stays unconfirmed and unrated until an admin confirms it; editors do not
// rate sources or call them state-affiliated.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { retryOnSlugClash, uniqueSourceSlug } from "./guards";
import { proposeSourceSchema } from "./schemas";
import { SOURCE_SUMMARY, type SourceSummary } from "./source-summary";

export { proposeSourceSchema } from "./schemas";
export type ProposeSourceInput = UseCaseInput<typeof proposeSourceSchema>;

/** In the caller's `tx`, a slug clash fails the caller's change, untried again. */
export async function proposeSource(actor: Actor | null, input: ProposeSourceInput, tx?: Tx): Promise<SourceSummary> {
  return retryOnSlugClash(() =>
    inTransaction(tx, async (tx) => {
      const me = await authorize(tx, actor, "desk.use");
      const data = parseInput(proposeSourceSchema, input);
      const slug = await uniqueSourceSlug(tx, data.name);
      const source = await tx.source.create({
        data: {
          ...data,
          slug,
          confirmed: false,
          proposedById: me.id,
          reliability: "unrated",
          reliabilityRationale: "",
          stateAffiliated: false,
        },
        select: SOURCE_SUMMARY,
      });
      await recordAudit(tx, {
        actorId: me.id,
        action: "source.propose",
        entityType: "source",
        entityId: source.id,
        toState: "unconfirmed",
        data: { name: source.name, slug: source.slug, kind: source.kind },
      });
      return source;
    }),
  );
}
