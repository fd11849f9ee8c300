// What needs me: reviews waiting for me (named, or in the queue and not mine to
// approve) and decisions on briefs I write. Items newer than the last time I marked
// the inbox read are unread.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db, type Prisma, type Tx } from "@/lib/db/client";

export type InboxItem = {
  kind: "review_request" | "changes_requested" | "approved";
  briefId: string;
  briefTitle: string;
  who: string;
  message: string;
  at: Date;
  unread: boolean;
};

// What needs me, as queries: shared by the inbox page and the count in the desk header.
const requestsFor = (me: { id: string }): Prisma.ReviewWhereInput => ({
  decision: "pending",
  brief: { state: "in_review" },
  OR: [{ reviewerId: me.id }, { reviewerId: null, brief: { authors: { none: { userId: me.id } } } }],
});
const decisionsFor = (me: { id: string }): Prisma.ReviewWhereInput => ({
  decision: { in: ["approved", "changes_requested"] },
  brief: { authors: { some: { userId: me.id } } },
  reviewerId: { not: me.id },
});

async function items(tx: Tx, me: { id: string }, seenAt: Date | null): Promise<InboxItem[]> {
  const [requests, decisions] = await Promise.all([
    tx.review.findMany({
      where: requestsFor(me),
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { createdAt: true, reviewerId: true, brief: { select: { id: true, title: true } }, submittedBy: { select: { name: true } } },
    }),
    tx.review.findMany({
      where: decisionsFor(me),
      orderBy: { decidedAt: "desc" },
      take: 50,
      select: { decision: true, decidedAt: true, message: true, brief: { select: { id: true, title: true } }, reviewer: { select: { name: true } } },
    }),
  ]);
  const unread = (at: Date) => !seenAt || at > seenAt;
  return [
    ...requests.map((r) => ({
      kind: "review_request" as const, briefId: r.brief.id, briefTitle: r.brief.title, who: r.submittedBy?.name ?? "An editor",
      message: r.reviewerId ? "asks you to review" : "waits in the review queue", at: r.createdAt, unread: unread(r.createdAt),
    })),
    ...decisions.map((d) => ({
      kind: d.decision as "approved" | "changes_requested", briefId: d.brief.id, briefTitle: d.brief.title, who: d.reviewer?.name ?? "A reviewer",
      message: d.message, at: d.decidedAt!, unread: unread(d.decidedAt!),
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** The unread count shown in the desk header on every desk page: two counts, no rows. */
export async function countUnread(actor: Actor): Promise<number> {
  const { inboxSeenAt } = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { inboxSeenAt: true } });
  const since = inboxSeenAt ?? new Date(0);
  const [requests, decisions] = await Promise.all([
    db().review.count({ where: { AND: [requestsFor(actor), { createdAt: { gt: since } }] } }),
    db().review.count({ where: { AND: [decisionsFor(actor), { decidedAt: { gt: since } }] } }),
  ]);
  return requests + decisions;
}

export async function getInbox(actor: Actor | null) {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const { inboxSeenAt } = await tx.user.findUniqueOrThrow({ where: { id: me.id }, select: { inboxSeenAt: true } });
    const list = await items(tx, me, inboxSeenAt);
    return { items: list, unread: list.filter((i) => i.unread).length };
  });
}

export async function markInboxRead(actor: Actor | null): Promise<void> {
  await db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    await tx.user.update({ where: { id: me.id }, data: { inboxSeenAt: new Date() } });
  });
}
