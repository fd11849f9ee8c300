// When a brief's next scheduled publication goes live, if it has one: what readers
// see of the brief changes then, without any event to say so, so a cache of it
// (lib/api/stored-brief-json.ts) must not outlive that moment.
import { db } from "@/lib/db/client";

export async function nextScheduledPublication(slug: string, now = new Date()): Promise<Date | null> {
  const next = await db().publication.findFirst({
    where: { brief: { slug }, publishedAt: { gt: now } },
    orderBy: { publishedAt: "asc" },
    select: { publishedAt: true },
  });
  return next?.publishedAt ?? null;
}
