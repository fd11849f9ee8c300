// For the set-password page: whose account a one-time link is for, or why it cannot
// be used. Reading the page does not use the link up; only setting a password does.
import { db } from "@/lib/db/client";
import type { UserTokenPurpose } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { tokenSchema } from "./schemas";
import { findUsableToken } from "./user-tokens";

export type TokenHolder =
  { status: "valid"; name: string; email: string; purpose: UserTokenPurpose; expiresAt: Date } | { status: "invalid"; message: string };

const UNKNOWN = "This link is not valid. Check that you copied all of it, or ask an admin for a new one.";

export async function getTokenHolder(token: string, { now = new Date() }: { now?: Date } = {}): Promise<TokenHolder> {
  if (!tokenSchema.safeParse({ token }).success) return { status: "invalid", message: UNKNOWN };
  try {
    const found = await findUsableToken(db(), token, now);
    return { status: "valid", name: found.user.name, email: found.user.email, purpose: found.purpose, expiresAt: found.expiresAt };
  } catch (error) {
    if (isAppError(error)) return { status: "invalid", message: error.message };
    throw error;
  }
}
