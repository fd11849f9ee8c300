import { describe, expect, it } from "vitest";
import { signWebhookPayload, verifyWebhookSignature } from "./signature";

const secret = "whsec_test";
const body = JSON.stringify({ event: "brief.published", data: { slug: "a" } });
const timestamp = 1_800_000_000;
const now = new Date(timestamp * 1000);

describe("webhook signature", () => {
  it("signs t.body with HMAC-SHA256 (a known vector)", () => {
    // computed independently: printf '1800000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
    expect(signWebhookPayload({ secret, body: '{"a":1}', timestamp })).toBe(
      "t=1800000000,v1=" + "7de5e6bbc99c65ef0ddccacd4308ba03a5a12eb8859a0db070c5ca731c4fdc19",
    );
  });

  it("verifies what it signs", () => {
    const header = signWebhookPayload({ secret, body, timestamp });
    expect(verifyWebhookSignature({ secret, body, header, now })).toEqual({ ok: true, timestamp });
  });

  it("refuses another secret, a changed body and a changed timestamp", () => {
    const header = signWebhookPayload({ secret, body, timestamp });
    expect(verifyWebhookSignature({ secret: "other", body, header, now })).toEqual({ ok: false, reason: "mismatch" });
    expect(verifyWebhookSignature({ secret, body: body.replace('"a"', '"b"'), header, now })).toEqual({ ok: false, reason: "mismatch" });
    const moved = header.replace(`t=${timestamp}`, `t=${timestamp + 1}`);
    expect(verifyWebhookSignature({ secret, body, header: moved, now })).toEqual({ ok: false, reason: "mismatch" });
  });

  it("refuses a replay older than the tolerance, and accepts one inside it", () => {
    const header = signWebhookPayload({ secret, body, timestamp });
    expect(verifyWebhookSignature({ secret, body, header, now: new Date((timestamp + 301) * 1000) })).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(verifyWebhookSignature({ secret, body, header, now: new Date((timestamp + 299) * 1000) }).ok).toBe(true);
  });

  it("refuses missing or malformed headers", () => {
    for (const header of [undefined, "", "v1=abc", "t=abc,v1=abc", `t=${timestamp}`]) {
      expect(verifyWebhookSignature({ secret, body, header, now })).toEqual({ ok: false, reason: "malformed" });
    }
  });

  it("accepts any one of several v1 signatures (secret rotation)", () => {
    const good = signWebhookPayload({ secret, body, timestamp }).split("v1=")[1];
    const header = `t=${timestamp},v1=${"0".repeat(64)},v1=${good}`;
    expect(verifyWebhookSignature({ secret, body, header, now }).ok).toBe(true);
  });
});
