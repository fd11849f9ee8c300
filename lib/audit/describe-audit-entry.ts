// An audit entry in words an admin reads: what was done, to what (by name, not id) and
// the details with ids replaced by the names they stand for. Pure: the caller looks the
// names up. Unknown actions and fields still read sensibly (the words of their key).

/** id → a readable name ("Brief “Kyiv condemns…”", "Lena Okafor", "review of revision 3") */
export type AuditNames = ReadonlyMap<string, string>;
export type AuditDetail = { label: string; value: string };

const ACTIONS: Record<string, string> = {
  "brief.create": "created",
  "brief.submit": "submitted for review",
  "brief.approve": "approved",
  "brief.request_changes": "requested changes on",
  "brief.publish": "published",
  "brief.schedule": "scheduled",
  "brief.unschedule": "cancelled the schedule of",
  "brief.withdraw": "withdrew",
  "brief.correct": "published a correction to",
  "brief.delete": "deleted the draft",
  "brief.edit_returns_to_draft": "edited after review, back to draft:",
  "brief.restore_revision": "restored a revision of",
  "comment.add": "commented on",
  "comment.reply": "replied to a comment on",
  "comment.resolve": "resolved a comment on",
  "comment.reopen": "reopened a comment on",
  "document.add": "added the document",
  "document.attach": "attached a document to",
  "document.detach": "detached a document from",
  "extraction.accept": "accepted a candidate for",
  "extraction.reject": "rejected a candidate for",
  "source.create": "created the source",
  "source.propose": "proposed the source",
  "source.confirm": "confirmed the source",
  "source.update": "updated the source",
  "source.retire": "retired the source",
  "source.restore": "restored the source",
  "source.delete": "deleted the source",
  "user.invite": "invited",
  "user.role_change": "changed the role of",
  "user.rename": "renamed",
  "user.deactivate": "deactivated",
  "user.reactivate": "reactivated",
  "user.set_password": "set the password of",
  "user.password_change": "changed the password of",
  "user.reset_link": "made a password reset link for",
  "setting.change": "changed the setting",
  "webhook.create": "added the webhook",
  "webhook.delete": "deleted the webhook",
  "webhook.resend": "re-sent a delivery of",
  "webhook.activate": "switched on the webhook",
  "webhook.deactivate": "switched off the webhook",
  "api_token.create": "created an API token for",
  "api_token.revoke": "revoked an API token of",
  "verdict_rating.create": "added the verdict",
  "verdict_rating.update": "changed the verdict",
  "verdict_rating.move": "moved the verdict",
  "verdict_rating.delete": "deleted the verdict",
};

const ENTITY: Record<string, string> = {
  brief: "brief",
  document: "document",
  source: "source",
  user: "user",
  review: "review",
  publication: "publication",
  correction: "correction",
  setting: "setting",
  webhook: "webhook",
  verdict_rating: "verdict",
};

/** "request_changes" → "request changes", "reviewId" → "review", "contentHash" → "content hash" */
export function words(key: string): string {
  return key
    .replace(/Ids?$/, (m) => (m === "Ids" ? "s" : ""))
    .replace(/[._]/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .trim();
}

export function describeAction(action: string): string {
  return ACTIONS[action] ?? words(action);
}

/** The entity by name, e.g. "brief “Kyiv condemns”"; one that no longer exists is said to be so. */
export function describeEntity(type: string, id: string, names: AuditNames): string {
  const kind = ENTITY[type] ?? words(type);
  const name = names.get(id);
  if (type === "setting") return `“${words(id)}”`;
  return name ? `${kind} “${name}”` : `a ${kind} that no longer exists`;
}

const MAX_VALUE = 200;

function value(key: string, v: unknown, names: AuditNames): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") {
    if (names.has(v)) return names.get(v)!;
    if (/hash$/i.test(key) && /^[0-9a-f]{16,}$/.test(v)) return `${v.slice(0, 12)}…`;
    if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return v.slice(0, 16).replace("T", " ");
    return v.length > MAX_VALUE ? `${v.slice(0, MAX_VALUE - 1)}…` : v;
  }
  if (Array.isArray(v))
    return v.length === 0
      ? "none"
      : v
          .slice(0, 20)
          .map((item) => value(key, item, names))
          .join(", ") + (v.length > 20 ? ", …" : "");
  const nested = Object.entries(v as Record<string, unknown>).map(([k, inner]) => `${words(k)} ${value(k, inner, names)}`);
  return nested.join("; ") || "—";
}

/** Fields whose key alone would mislead: a publication's `version` is a published version, not a save. */
const LABELS: Record<string, string> = { version: "published version" };

/** The entry's data as label–value pairs, ids given by name. */
export function describeDetails(data: unknown, names: AuditNames): AuditDetail[] {
  if (data === null || data === undefined) return [];
  if (typeof data !== "object" || Array.isArray(data)) return [{ label: "details", value: value("", data, names) }];
  return Object.entries(data as Record<string, unknown>)
    .slice(0, 20)
    .map(([key, v]) => ({ label: LABELS[key] ?? words(key), value: value(key, v, names) }));
}

/** Strings in the data that may be ids of things with names (cuids), to look up. */
export function idsIn(data: unknown, found = new Set<string>()): Set<string> {
  if (typeof data === "string" && /^c[a-z0-9]{20,32}$/.test(data)) found.add(data);
  else if (Array.isArray(data)) data.slice(0, 50).forEach((d) => idsIn(d, found));
  else if (data && typeof data === "object")
    Object.values(data)
      .slice(0, 50)
      .forEach((d) => idsIn(d, found));
  return found;
}
