// Who is acting in this request. The session cookie only says who signed in; the
// user is read again on every request, so a deactivated account, or a session from
// before a password change, stops working at once.
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { authOptions } from "./options";
import type { Actor } from "./policy";

type SessionClaims = { userId?: string; sessionVersion?: number };

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as SessionClaims | null;
  if (!session?.userId) return null;
  const user = await db().user.findUnique({
    where: { id: session.userId },
    select: { id: true, role: true, name: true, email: true, active: true, sessionVersion: true },
  });
  if (!user?.active || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
});
