// Who a bearer token acts as: its user, as the user is now (role, active), or an
// AppError("unauthenticated") for a token that is unknown, revoked or expired or whose
// user is deactivated. The domain functions then authorize that actor as usual.
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sha256 } from "@/lib/revisions/content-hash";

/** lastUsedAt is written at most this often per token: not one write per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export async function authenticateApiToken(token: string, now = new Date()): Promise<Actor & { tokenId: string }> {
  const found = await db().apiToken.findUnique({
    where: { tokenHash: sha256(token) },
    select: {
      id: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, role: true, name: true, email: true, active: true } },
    },
  });
  if (!found) throw new AppError("unauthenticated", "This API token is not valid.");
  if (found.revokedAt) throw new AppError("unauthenticated", "This API token was revoked.");
  if (found.expiresAt && found.expiresAt <= now) throw new AppError("unauthenticated", "This API token has expired.");
  if (!found.user.active) throw new AppError("unauthenticated", "The account this API token belongs to is not active.");
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db().apiToken.update({ where: { id: found.id }, data: { lastUsedAt: now } });
  }
  const { id, role, name, email } = found.user;
  return { id, role, name, email, tokenId: found.id };
}
