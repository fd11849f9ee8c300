// An admin adds someone to the desk from the desk. The new account has no password:
// the admin gets a one-time link (72 hours) to pass on, and the invited person sets
// one with it.
import type { Actor } from "@/lib/auth/policy";
import { createUser } from "./create-user";
import type { IssuedLink, UserSummary } from "./user-summary";

export async function inviteUser(
  actor: Actor | null,
  input: unknown,
  options: { now?: Date } = {},
): Promise<{ user: UserSummary; link: IssuedLink }> {
  // An invitation never carries a password, whatever the form sent.
  const fields = input && typeof input === "object" ? { ...input, password: undefined } : input;
  const { user, link } = await createUser(actor, fields, options);
  return { user, link: link! };
}
