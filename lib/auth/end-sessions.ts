// Signing out ends the session on the server too, not only in the browser that
// signed out: a session cookie is a signed token that stays valid until it expires,
// so one copied before sign-out would otherwise keep working for hours. Raising the
// user's sessionVersion makes getActor refuse every cookie signed before (the same
// mechanism as a password change), so signing out signs out every browser of that user.
import { db } from "@/lib/db/client";

/**
 * Ends the user's sessions, given the claims of a session being signed out. A cookie
 * that is no longer valid (its sessionVersion is behind) changes nothing.
 */
export async function endSessions({ userId, sessionVersion }: { userId: string; sessionVersion: number }): Promise<boolean> {
  const { count } = await db().user.updateMany({
    where: { id: userId, sessionVersion },
    data: { sessionVersion: { increment: 1 } },
  });
  return count > 0;
}
