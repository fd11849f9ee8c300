// The outbox: an event becomes one pending delivery per active endpoint subscribed to
// it, written in the transaction that made the event, so a publish that rolls back
// announces nothing and one that commits is announced even if the process dies the
// next moment. Nothing here talks to the network: the worker (deliver-due.ts) does.
// A scheduled publication is announced at its time: its deliveries are due then, and
// go with it if the schedule is cancelled (the row references the publication).
import { randomUUID } from "node:crypto";
import type { Prisma, Tx } from "@/lib/db/client";
import { siteOrigin } from "@/lib/env";
import type { WebhookEvent } from "./events";

export type BriefEventInput = { event: WebhookEvent; briefId: string; publicationId?: string; at: Date };

export async function enqueueBriefEvent(tx: Tx, input: BriefEventInput): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { active: true, events: { has: input.event } }, select: { id: true } });
  if (endpoints.length === 0) return 0;
  const payload = await buildPayload(tx, input);
  await tx.webhookDelivery.createMany({
    data: endpoints.map((e) => ({
      endpointId: e.id,
      event: input.event,
      payload,
      publicationId: input.publicationId ?? null,
      nextAttemptAt: input.at,
    })),
  });
  return endpoints.length;
}

async function buildPayload(tx: Tx, input: BriefEventInput): Promise<Prisma.InputJsonObject> {
  const brief = await tx.brief.findUniqueOrThrow({
    where: { id: input.briefId },
    select: { id: true, slug: true, title: true, summary: true, withdrawnReason: true },
  });
  const publication = input.publicationId
    ? await tx.publication.findUniqueOrThrow({
        where: { id: input.publicationId },
        select: { version: true, publishedAt: true, corrections: { select: { kind: true, note: true }, take: 1 } },
      })
    : null;
  const correction = publication?.corrections[0];
  return {
    id: randomUUID(),
    event: input.event,
    createdAt: input.at.toISOString(),
    data: {
      briefId: brief.id,
      slug: brief.slug,
      title: brief.title,
      summary: brief.summary,
      url: new URL(`/briefs/${brief.slug}`, siteOrigin()).toString(),
      ...(publication && { version: publication.version, publishedAt: publication.publishedAt.toISOString() }),
      ...(correction && { correction: { kind: correction.kind, note: correction.note } }),
      ...(input.event === "brief.withdrawn" && { withdrawnAt: input.at.toISOString(), reason: brief.withdrawnReason }),
    },
  };
}
