// An admin adds someone to the desk from the desk. The new account has no password:
// the admin gets a one-time link (72 hours) to pass on, and the invited person sets
// one with it.
import type { Actor } from "@/lib/auth/policy";
import { createUser, type CreateUserInput } from "./create-user";
import type { IssuedLink, UserSummary } from "./user-summary";

/** Who is invited: a name, an address and a role; never a password. */
export type InviteUserInput = Omit<CreateUserInput, "password">;

export async function inviteUser(
  actor: Actor | null,
  input: InviteUserInput,
  options: { now?: Date } = {},
): Promise<{ user: UserSummary; link: IssuedLink }> {
  // An invitation never carries a password, whatever the form sent.
  const fields = { ...input, password: undefined };
  const { user, link } = await createUser(actor, fields, options);
  return { user, link: link! };
}
