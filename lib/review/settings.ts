// Desk-wide settings. `allowSelfApproval` is the only way a single-person desk can
// approve its own briefs (DESIGN rule 1): off unless an admin turns it on, and every
// change is audited.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Tx } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { inTransaction } from "@/lib/db/transaction";
import { allowSelfApprovalSchema } from "./schemas";

export type DeskSettings = { allowSelfApproval: boolean };

const DEFAULTS: DeskSettings = { allowSelfApproval: false };

export async function getDeskSettings(tx: Tx = db()): Promise<DeskSettings> {
  const rows = await tx.setting.findMany({ where: { key: { in: Object.keys(DEFAULTS) } } });
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return { allowSelfApproval: stored.allowSelfApproval === true };
}

export { allowSelfApprovalSchema } from "./schemas";
/** Whether an editor may approve their own brief. */
export type SetAllowSelfApprovalInput = UseCaseInput<typeof allowSelfApprovalSchema>;

export async function setAllowSelfApproval(actor: Actor | null, value: SetAllowSelfApprovalInput, tx?: Tx): Promise<DeskSettings> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const allow = parseInput(allowSelfApprovalSchema, value);
    const before = await getDeskSettings(tx);
    if (before.allowSelfApproval === allow) return before;
    await tx.setting.upsert({
      where: { key: "allowSelfApproval" },
      create: { key: "allowSelfApproval", value: allow },
      update: { value: allow },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: "setting.change",
      entityType: "setting",
      entityId: "allowSelfApproval",
      fromState: String(before.allowSelfApproval),
      toState: String(allow),
    });
    return { ...before, allowSelfApproval: allow };
  });
}
