// What needs me: reviews waiting for me (named, or in the queue and not mine to
// approve), decisions on briefs I write, others' comments on briefs I write, and
// others' replies in threads I started or took part in. Items newer than the last
// time I marked the inbox read are unread.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db, type Prisma, type Tx } from "@/lib/db/client";

export type InboxItem = {
  kind: "review_request" | "changes_requested" | "approved" | "comment" | "reply";
  /** the review or comment the item is about */
  id: string;
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

const commentsFor = (me: { id: string }): Prisma.ReviewCommentWhereInput => ({
  parentId: null,
  authorId: { not: me.id },
  review: { brief: { authors: { some: { userId: me.id } } } },
});
const repliesFor = (me: { id: string }): Prisma.ReviewCommentWhereInput => ({
  parentId: { not: null },
  authorId: { not: me.id },
  parent: { OR: [{ authorId: me.id }, { replies: { some: { authorId: me.id } } }] },
});

const commentSelect = {
  id: true,
  body: true,
  createdAt: true,
  author: { select: { name: true } },
  review: { select: { brief: { select: { id: true, title: true } } } },
} as const;

/** A comment's first words, for a one-line item. */
const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 159).trimEnd()}…` : text);

async function items(tx: Tx, me: { id: string }, seenAt: Date | null): Promise<InboxItem[]> {
  const [requests, decisions, comments, replies] = await Promise.all([
    tx.review.findMany({
      where: requestsFor(me),
      orderBy: { createdAt: "desc" },
      take: 50,
      select: {
        id: true,
        createdAt: true,
        reviewerId: true,
        brief: { select: { id: true, title: true } },
        submittedBy: { select: { name: true } },
      },
    }),
    tx.review.findMany({
      where: decisionsFor(me),
      orderBy: { decidedAt: "desc" },
      take: 50,
      select: {
        id: true,
        decision: true,
        decidedAt: true,
        message: true,
        brief: { select: { id: true, title: true } },
        reviewer: { select: { name: true } },
      },
    }),
    tx.reviewComment.findMany({ where: commentsFor(me), orderBy: { createdAt: "desc" }, take: 50, select: commentSelect }),
    tx.reviewComment.findMany({ where: repliesFor(me), orderBy: { createdAt: "desc" }, take: 50, select: commentSelect }),
  ]);
  const unread = (at: Date) => !seenAt || at > seenAt;
  return [
    ...requests.map((r) => ({
      kind: "review_request" as const,
      id: r.id,
      briefId: r.brief.id,
      briefTitle: r.brief.title,
      who: r.submittedBy?.name ?? "An editor",
      message: r.reviewerId ? "asks you to review" : "waits in the review queue",
      at: r.createdAt,
      unread: unread(r.createdAt),
    })),
    ...decisions.map((d) => ({
      kind: d.decision as "approved" | "changes_requested",
      id: d.id,
      briefId: d.brief.id,
      briefTitle: d.brief.title,
      who: d.reviewer?.name ?? "A reviewer",
      message: d.message,
      at: d.decidedAt!,
      unread: unread(d.decidedAt!),
    })),
    ...[...comments.map((c) => ({ kind: "comment" as const, c })), ...replies.map((c) => ({ kind: "reply" as const, c }))].map(
      ({ kind, c }) => ({
        kind,
        id: c.id,
        briefId: c.review.brief.id,
        briefTitle: c.review.brief.title,
        who: c.author.name,
        message: excerpt(c.body),
        at: c.createdAt,
        unread: unread(c.createdAt),
      }),
    ),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** The unread count shown in the desk header on every desk page: counts, no rows. */
export async function countUnread(actor: Actor): Promise<number> {
  const { inboxSeenAt } = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { inboxSeenAt: true } });
  const since = inboxSeenAt ?? new Date(0);
  const counts = await Promise.all([
    db().review.count({ where: { AND: [requestsFor(actor), { createdAt: { gt: since } }] } }),
    db().review.count({ where: { AND: [decisionsFor(actor), { decidedAt: { gt: since } }] } }),
    db().reviewComment.count({ where: { AND: [commentsFor(actor), { createdAt: { gt: since } }] } }),
    db().reviewComment.count({ where: { AND: [repliesFor(actor), { createdAt: { gt: since } }] } }),
  ]);
  return counts.reduce((sum, n) => sum + n, 0);
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
