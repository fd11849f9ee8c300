// API rate limits, per client address and per token, in two layers:
// - every request is counted in this instance's memory (RateLimiterMemory): no
//   database write for an anonymous read served from memory (the stored brief JSON,
//   lib/api/stored-brief-json.ts), so one client cannot take more than the limit of
//   an instance's cheap answers;
// - requests that do work (read the database: lists, searches, a brief not yet
//   stored; every editorial request) are also counted in PostgreSQL through
//   rate-limiter-flexible like the sign-in throttle (the same SigninThrottle table,
//   under "api:" keys), so every app instance shares those counts.
// Past a limit the answer is 429 with Retry-After.
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { addressBucket } from "@/lib/security/client-address";

const WINDOW_SECONDS = 60;

function sharedLimiter(keyPrefix: string, points: number) {
  return new RateLimiterPrisma({
    storeClient: db(),
    tableName: "signinThrottle",
    keyPrefix,
    points,
    duration: WINDOW_SECONDS,
    clearExpiredByTimeout: false,
  });
}

/** One memory limiter per prefix and limit (a limit changes only with the environment). */
const memoryLimiters = new Map<string, RateLimiterMemory>();
function memoryLimiter(keyPrefix: string, points: number) {
  const id = `${keyPrefix}:${points}`;
  let limiter = memoryLimiters.get(id);
  if (!limiter) memoryLimiters.set(id, (limiter = new RateLimiterMemory({ keyPrefix, points, duration: WINDOW_SECONDS })));
  return limiter;
}

/** Counts one request for `key`; throws AppError("throttled") past the limit. */
async function consume(limiter: RateLimiterAbstract, key: string, points: number, who: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new AppError(
      "throttled",
      `Too many requests from this ${who}: at most ${points} a minute. Try again in ${seconds} s.`,
      {},
      seconds,
    );
  }
}

/** Every request from `address` (as lib/security/client-address.ts's clientAddress tells it), in this instance. */
export async function limitAddressInMemory(address: string): Promise<void> {
  const points = env().BRIEFDESK_API_ADDRESS_LIMIT;
  await consume(memoryLimiter("api:address", points), addressBucket(address), points, "address");
}

/** A request from `address` that does work, across all instances. */
export async function limitAddress(address: string): Promise<void> {
  const points = env().BRIEFDESK_API_ADDRESS_LIMIT;
  await consume(sharedLimiter("api:address", points), addressBucket(address), points, "address");
}

export async function limitToken(tokenId: string): Promise<void> {
  const points = env().BRIEFDESK_API_TOKEN_LIMIT;
  await consume(sharedLimiter("api:token", points), tokenId, points, "token");
}
