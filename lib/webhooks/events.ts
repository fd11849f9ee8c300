export const WEBHOOK_EVENTS = ["brief.published", "brief.corrected", "brief.withdrawn"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Attempts in all (the first and its retries); the waits between them, in seconds. */
export const MAX_ATTEMPTS = 7;
export const RETRY_DELAYS_SECONDS = [30, 120, 600, 3_600, 6 * 3_600, 24 * 3_600];

/** When the next attempt is due after `attempts` failed ones, or null when they are used up. */
export function nextAttemptAfter(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const wait = RETRY_DELAYS_SECONDS[Math.min(attempts, RETRY_DELAYS_SECONDS.length) - 1] ?? RETRY_DELAYS_SECONDS[0]!;
  return new Date(now.getTime() + wait * 1000);
}
