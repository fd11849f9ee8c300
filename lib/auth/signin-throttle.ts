// Sign-in throttling. Failures are counted per account and per address in
// PostgreSQL (rate-limiter-flexible over our Prisma client), so every app instance
// sees the same counts. Each failure slows the next answer; past the limit the
// account or address is refused for a while.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";

/** 5 failures for one account within 15 minutes refuse it until the 15 minutes end. */
export const ACCOUNT_LIMIT = { points: 5, duration: 15 * 60 };
/** 20 failures from one address within an hour refuse it until the hour ends. */
export const ADDRESS_LIMIT = { points: 20, duration: 60 * 60 };

function limiter(keyPrefix: string, limit: typeof ACCOUNT_LIMIT) {
  return new RateLimiterPrisma({
    storeClient: db(),
    tableName: "signinThrottle",
    keyPrefix,
    clearExpiredByTimeout: false,
    ...limit,
  });
}

const limiters = () => ({ account: limiter("signin:account", ACCOUNT_LIMIT), address: limiter("signin:address", ADDRESS_LIMIT) });

export type SigninAttempt = { email: string; address: string };

const accountKey = (email: string) => email.trim().toLowerCase();

/** Seconds until a sign-in may be tried again, or 0 when it may be tried now. */
export async function secondsUntilAllowed({ email, address }: SigninAttempt): Promise<number> {
  const { account, address: byAddress } = limiters();
  const [a, b] = await Promise.all([account.get(accountKey(email)), byAddress.get(address)]);
  const wait = (res: RateLimiterRes | null, limit: number) =>
    res && res.consumedPoints >= limit ? Math.ceil(res.msBeforeNext / 1000) : 0;
  return Math.max(wait(a, ACCOUNT_LIMIT.points), wait(b, ADDRESS_LIMIT.points));
}

/** Counts a failure; returns how many failures in a row the account now has. */
export async function recordFailure({ email, address }: SigninAttempt): Promise<number> {
  const { account, address: byAddress } = limiters();
  const results = await Promise.allSettled([account.penalty(accountKey(email)), byAddress.penalty(address)]);
  const first = results[0];
  return first.status === "fulfilled" ? first.value.consumedPoints : ACCOUNT_LIMIT.points + 1;
}

/** A success forgets the account's failures (not the address's). */
export async function recordSuccess({ email }: SigninAttempt): Promise<void> {
  await limiters().account.delete(accountKey(email));
}

/** How long to hold the answer after the nth failure: 0, 0.5, 1, 2, 4 s. */
export function failureDelayMs(failures: number): number {
  return failures <= 1 ? 0 : Math.min(4000, 250 * 2 ** (failures - 1));
}
