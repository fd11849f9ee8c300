// Content hashes bind an approval to exactly what was checked and a publication to
// exactly what was approved (DESIGN rule 4). Hash a canonical JSON form (object keys
// sorted at every depth) so that a snapshot read back from jsonb, whose key order
// PostgreSQL chooses, hashes the same as the one written.
import { createHash } from "node:crypto";

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function contentHash(value: unknown): string {
  return sha256(canonicalJson(value));
}
