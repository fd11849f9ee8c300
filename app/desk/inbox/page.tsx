import type { Metadata } from "next";
import Link from "next/link";
import { formatDay } from "@/components/format";
import { MarkReadButton } from "@/components/inbox/mark-read-button";
import { requireActor } from "@/lib/auth/require-actor";
import { getInbox } from "@/lib/inbox/get-inbox";
import { markInboxReadAction } from "./actions/mark-inbox-read";

export const metadata: Metadata = { title: "Inbox" };

const WHAT = {
  review_request: "Review",
  changes_requested: "Changes requested",
  approved: "Approved",
  comment: "Comment",
  reply: "Reply",
} as const;

/** Where an item takes me: the review screen, the brief's comments, or the brief. */
const hrefOf = (item: { kind: keyof typeof WHAT; briefId: string }) =>
  item.kind === "review_request"
    ? `/desk/briefs/${item.briefId}/review`
    : item.kind === "comment" || item.kind === "reply"
      ? `/desk/briefs/${item.briefId}#comments`
      : `/desk/briefs/${item.briefId}`;

export default async function InboxPage() {
  const actor = await requireActor({ from: "/desk/inbox" });
  const inbox = await getInbox(actor);
  return (
    <>
      <div className="desk-title">
        <h1>Inbox{inbox.unread > 0 && ` (${inbox.unread} unread)`}</h1>
        {inbox.unread > 0 && <MarkReadButton action={markInboxReadAction} />}
      </div>
      {inbox.items.length === 0 && <p>Nothing needs you right now.</p>}
      <ul className="desk-brief-list inbox">
        {inbox.items.map((item) => (
          <li key={`${item.kind}-${item.id}`} className={item.unread ? "unread" : undefined}>
            {item.unread && <span className="label">New</span>} <strong>{WHAT[item.kind]}</strong>:{" "}
            <Link href={hrefOf(item)}>{item.briefTitle}</Link>
            <span className="meta">
              {" "}
              · {item.who} {item.kind === "review_request" ? item.message : item.message && `: “${item.message}”`} · {formatDay(item.at)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
