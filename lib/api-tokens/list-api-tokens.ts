// A user's own API tokens, newest first, without anything that could be used as one.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";

export type ApiTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
};

export async function listApiTokens(actor: Actor | null): Promise<ApiTokenSummary[]> {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "account.update");
    return tx.apiToken.findMany({
      where: { userId: me.id },
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
    });
  });
}
