// What user management reads and returns about a user: never the password hash.
import type { Prisma } from "@/lib/db/client";

export const USER_SUMMARY = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  createdAt: true,
} as const satisfies Prisma.UserSelect;

export type UserSummary = Prisma.UserGetPayload<{ select: typeof USER_SUMMARY }>;

/** A one-time link as issued: shown once to the admin who asked for it, never stored. */
export type IssuedLink = { url: string; expiresAt: Date };
