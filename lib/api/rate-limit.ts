// API rate limits, per client address (every request) and per token (editorial
// requests), counted in PostgreSQL through rate-limiter-flexible like the sign-in
// throttle (the same SigninThrottle table, under "api:" keys), so every app instance
// shares the counts. Past a limit the answer is 429 with Retry-After.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { addressBucket } from "@/lib/security/client-address";

const WINDOW_SECONDS = 60;

function limiter(keyPrefix: string, points: number) {
  return new RateLimiterPrisma({ storeClient: db(), tableName: "signinThrottle", keyPrefix, points, duration: WINDOW_SECONDS, clearExpiredByTimeout: false });
}

/** Counts one request for `key`; throws AppError("throttled") past the limit. */
async function consume(keyPrefix: string, key: string, points: number, who: string): Promise<void> {
  try {
    await limiter(keyPrefix, points).consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new AppError("throttled", `Too many requests from this ${who}: at most ${points} a minute. Try again in ${seconds} s.`, {}, seconds);
  }
}

/** `address` as lib/security/client-address.ts's clientAddress tells it. */
export async function limitAddress(address: string): Promise<void> {
  await consume("api:address", addressBucket(address), env().BRIEFDESK_API_ADDRESS_LIMIT, "address");
}

export async function limitToken(tokenId: string): Promise<void> {
  await consume("api:token", tokenId, env().BRIEFDESK_API_TOKEN_LIMIT, "token");
}
