// Deliveries are signed like Stripe's webhooks: header
//   Briefdesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">
// with the endpoint's secret. The timestamp is inside the signed text, so a receiver
// that refuses old timestamps (5 minutes by default) cannot be fed a replayed request.
// `verifyWebhookSignature` is what a receiver runs; it depends on node:crypto only,
// so receivers may copy it as it is.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "Briefdesk-Signature";
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function signWebhookPayload(input: { secret: string; body: string; timestamp: number }): string {
  const v1 = createHmac("sha256", input.secret).update(`${input.timestamp}.${input.body}`).digest("hex");
  return `t=${input.timestamp},v1=${v1}`;
}

export type VerifyResult = { ok: true; timestamp: number } | { ok: false; reason: "malformed" | "mismatch" | "expired" };

/** Checks a Briefdesk-Signature header against the raw request body (not re-serialised JSON). */
export function verifyWebhookSignature(input: {
  secret: string;
  body: string;
  header: string | null | undefined;
  now?: Date;
  toleranceSeconds?: number;
}): VerifyResult {
  const parts = new Map<string, string[]>();
  for (const piece of (input.header ?? "").split(",")) {
    const at = piece.indexOf("=");
    if (at > 0) parts.set(piece.slice(0, at).trim(), [...(parts.get(piece.slice(0, at).trim()) ?? []), piece.slice(at + 1).trim()]);
  }
  const timestamp = Number(parts.get("t")?.[0]);
  const candidates = parts.get("v1") ?? [];
  if (!Number.isInteger(timestamp) || candidates.length === 0) return { ok: false, reason: "malformed" };
  const expected = Buffer.from(createHmac("sha256", input.secret).update(`${timestamp}.${input.body}`).digest("hex"));
  // several v1 values are allowed, so that a secret can be rotated without a gap
  const matches = candidates.some((c) => c.length === expected.length && timingSafeEqual(Buffer.from(c), expected));
  if (!matches) return { ok: false, reason: "mismatch" };
  const now = Math.floor((input.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > (input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return { ok: false, reason: "expired" };
  return { ok: true, timestamp };
}
