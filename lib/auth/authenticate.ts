// Email and password sign-in. One generic message for a wrong email or a wrong
// password (no account probing); refused per address, slowed per account
// (lib/auth/signin-throttle.ts).
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/users/password";
import type { Actor } from "./policy";
import { accountDelay, recordFailure, recordSuccess, secondsUntilAllowed } from "./signin-throttle";

export const signinSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter your email address."),
  password: z.string().min(1, "Enter your password.").max(1024),
});

export const WRONG_CREDENTIALS = "Email or password is incorrect.";

function throttled(seconds: number): AppError {
  const minutes = Math.ceil(seconds / 60);
  return new AppError(
    "throttled",
    `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    {},
    seconds,
  );
}

// Compared against when the email is unknown, so that both cases take as long.
let dummyHash: Promise<string> | undefined;

export async function authenticate(input: {
  email: string;
  password: string;
  address: string;
}): Promise<Actor & { sessionVersion: number }> {
  const parsed = signinSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", WRONG_CREDENTIALS);
  const attempt = { email: parsed.data.email, address: input.address };

  const wait = await secondsUntilAllowed(attempt);
  if (wait > 0) throw throttled(wait);
  // before the password is checked, so that how long it takes says nothing of the answer
  await sleep(await accountDelay(attempt));

  const user = await db().user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, role: true, name: true, email: true, active: true, passwordHash: true, sessionVersion: true },
  });
  dummyHash ??= hashPassword("not a password");
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await dummyHash));
  if (!ok || !user?.active || !user.passwordHash) {
    await recordFailure(attempt);
    const after = await secondsUntilAllowed(attempt);
    if (after > 0) throw throttled(after);
    throw new AppError("unauthenticated", WRONG_CREDENTIALS);
  }
  await recordSuccess(attempt);
  return { id: user.id, role: user.role, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}
