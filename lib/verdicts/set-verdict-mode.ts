// An admin switches the desk between rating claims on the scale and conclusion-only.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { verdictModeSchema, type VerdictMode } from "./schemas";
import { readVerdictMode, VERDICT_MODE_KEY } from "./verdict-scale";
import { parseInput, type UseCaseInput } from "@/lib/validation";

export { verdictModeSchema } from "./schemas";
export type SetVerdictModeInput = UseCaseInput<typeof verdictModeSchema>;
export type SetVerdictModeResult = VerdictMode;

export async function setVerdictMode(actor: Actor | null, input: SetVerdictModeInput, tx?: Tx): Promise<SetVerdictModeResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "settings.manage");
    const mode = parseInput(verdictModeSchema, input);
    const before = await readVerdictMode(tx);
    if (before === mode) return mode;
    await tx.setting.upsert({ where: { key: VERDICT_MODE_KEY }, create: { key: VERDICT_MODE_KEY, value: mode }, update: { value: mode } });
    await recordAudit(tx, {
      actorId: me.id,
      action: "setting.change",
      entityType: "setting",
      entityId: VERDICT_MODE_KEY,
      fromState: before,
      toState: mode,
    });
    return mode;
  });
}
