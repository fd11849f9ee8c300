// One-time links to set a password (invitations and resets). The link carries a
// random token; only its hash is stored, it expires, and it works once.
import { randomBytes } from "node:crypto";
import type { Tx, UserTokenPurpose } from "@/lib/db/client";
import { siteOrigin } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sha256 } from "@/lib/revisions/content-hash";

export const TOKEN_LIFETIME_HOURS: Record<UserTokenPurpose, number> = { invite: 72, password_reset: 2 };

export function setPasswordUrl(token: string): string {
  return `${siteOrigin()}/set-password/${token}`;
}

/** Issues a new link and voids the user's earlier unused links of the same purpose. */
export async function issueUserToken(
  tx: Tx,
  input: { userId: string; purpose: UserTokenPurpose; issuedById: string | null; now?: Date },
): Promise<{ url: string; expiresAt: Date }> {
  const now = input.now ?? new Date();
  await tx.userToken.updateMany({
    where: { userId: input.userId, purpose: input.purpose, usedAt: null },
    data: { usedAt: now },
  });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_HOURS[input.purpose] * 3600_000);
  await tx.userToken.create({
    data: { userId: input.userId, purpose: input.purpose, tokenHash: sha256(token), expiresAt, issuedById: input.issuedById },
  });
  return { url: setPasswordUrl(token), expiresAt };
}

/** The unused, unexpired token for `token`, or an AppError that says why not. */
export async function findUsableToken(tx: Tx, token: string, now = new Date()) {
  const found = await tx.userToken.findUnique({
    where: { tokenHash: sha256(token) },
    select: {
      id: true,
      userId: true,
      purpose: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { email: true, name: true, active: true } },
    },
  });
  if (!found || found.usedAt || !found.user.active) {
    throw new AppError("not_found", "This link has already been used or is no longer valid. Ask an admin for a new one.");
  }
  if (found.expiresAt <= now) throw new AppError("not_found", "This link has expired. Ask an admin for a new one.");
  return found;
}
