// Sign-in throttling. Failures are counted in PostgreSQL (rate-limiter-flexible over
// our Prisma client), so every app instance sees the same counts.
//
// Refusal is per address, never per account alone: failures from other addresses
// must not lock out a person who has the password (OWASP's advice on lockout), or
// anyone could keep an admin out by failing five times an hour. So:
// - one address is refused for one account after 5 failures for it (guessing one
//   password from one place), and for every account after 20 failures (spraying);
// - failures for an account from anywhere slow every attempt at it, the right
//   password too, before the password is checked (so the wait says nothing about the
//   answer): up to 8 s a try, which keeps guessing from many addresses slow.
// Addresses are counted by lib/security/client-address.ts's addressBucket (an IPv6
// client by its /64).
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import { addressBucket } from "@/lib/security/client-address";

/** 5 failures for one account from one address within 15 minutes refuse that pair until the 15 minutes end. */
export const ACCOUNT_ADDRESS_LIMIT = { points: 5, duration: 15 * 60 };
/** 20 failures from one address within an hour refuse it, for every account, until the hour ends. */
export const ADDRESS_LIMIT = { points: 20, duration: 60 * 60 };
/** Failures for one account from any address within 15 minutes: they slow it, never refuse it. */
export const ACCOUNT_WINDOW = { points: 1_000_000, duration: 15 * 60 };

function limiter(keyPrefix: string, limit: { points: number; duration: number }) {
  return new RateLimiterPrisma({
    storeClient: db(),
    tableName: "signinThrottle",
    keyPrefix,
    clearExpiredByTimeout: false,
    ...limit,
  });
}

const limiters = () => ({
  account: limiter("signin:account", ACCOUNT_WINDOW),
  pair: limiter("signin:account-address", ACCOUNT_ADDRESS_LIMIT),
  address: limiter("signin:address", ADDRESS_LIMIT),
});

export type SigninAttempt = { email: string; address: string };

function keys({ email, address }: SigninAttempt) {
  const account = email.trim().toLowerCase();
  const bucket = addressBucket(address);
  return { account, pair: `${account} from ${bucket}`, address: bucket };
}

/** Seconds until this address may try this account again, or 0 when it may now. */
export async function secondsUntilAllowed(attempt: SigninAttempt): Promise<number> {
  const { pair, address } = limiters();
  const key = keys(attempt);
  const [byPair, byAddress] = await Promise.all([pair.get(key.pair), address.get(key.address)]);
  const wait = (res: Awaited<ReturnType<RateLimiterPrisma["get"]>>, limit: number) =>
    res && res.consumedPoints >= limit ? Math.ceil(res.msBeforeNext / 1000) : 0;
  return Math.max(wait(byPair, ACCOUNT_ADDRESS_LIMIT.points), wait(byAddress, ADDRESS_LIMIT.points));
}

/** How long to hold an attempt at this account before checking its password. */
export async function accountDelay(attempt: SigninAttempt): Promise<number> {
  const failures = (await limiters().account.get(keys(attempt).account))?.consumedPoints ?? 0;
  return failureDelayMs(failures);
}

/** Counts a failure for the account, the address, and the two together. */
export async function recordFailure(attempt: SigninAttempt): Promise<void> {
  const { account, pair, address } = limiters();
  const key = keys(attempt);
  await Promise.all([account.penalty(key.account), pair.penalty(key.pair), address.penalty(key.address)]);
}

/** A success forgets the account's failures (not the address's failures for other accounts). */
export async function recordSuccess(attempt: SigninAttempt): Promise<void> {
  const { account, pair } = limiters();
  const key = keys(attempt);
  await Promise.all([account.delete(key.account), pair.delete(key.pair)]);
}

/** The hold after an account's nth failure: 0, 0.5, 1, 2, 4, 8 s, then 8 s. */
export function failureDelayMs(failures: number): number {
  return failures <= 1 ? 0 : Math.min(8000, 250 * 2 ** (failures - 1));
}
