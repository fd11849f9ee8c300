// An admin gets a one-time link for someone to set a new password (it voids that
// person's earlier reset links). The link is shown to the admin once and is never
// stored or audited: only its hash is kept.
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { findTarget } from "./guards";
import { userTargetSchema } from "./schemas";
import type { IssuedLink, UserSummary } from "./user-summary";
import { issueUserToken } from "./user-tokens";

export { userTargetSchema } from "./schemas";
export type IssuePasswordResetInput = UseCaseInput<typeof userTargetSchema>;

export async function issuePasswordReset(
  actor: Actor | null,
  input: IssuePasswordResetInput,
  { now = new Date() }: { now?: Date } = {},
): Promise<{ user: UserSummary; link: IssuedLink }> {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "users.manage");
    const data = parseInput(userTargetSchema, input);
    const user = await findTarget(tx, data.userId);
    if (!user.active) throw new AppError("conflict", `${user.name} is deactivated. Reactivate them before issuing a reset link.`);

    const link = await issueUserToken(tx, { userId: user.id, purpose: "password_reset", issuedById: me.id, now });
    await recordAudit(tx, {
      actorId: me.id,
      action: "user.reset_link",
      entityType: "user",
      entityId: user.id,
      data: { linkExpiresAt: link.expiresAt.toISOString() },
    });
    return { user, link };
  });
}
