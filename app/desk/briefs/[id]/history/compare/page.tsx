import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DiffView } from "@/components/revisions/diff-view";
import { formatDay } from "@/components/format";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { compareRevisions } from "@/lib/revisions/list-revisions";

export const metadata: Metadata = { title: "Compare revisions" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export default async function ComparePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requireActor({ from: `/desk/briefs/${id}/history` });
  const [from, to] = [Number(query.from), Number(query.to)].sort((a, b) => a - b) as [number, number];
  if (!Number.isInteger(from) || !Number.isInteger(to)) notFound();
  const result = await compareRevisions(actor, { briefId: id, from, to }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const { comparison } = result;
  const status = (i: { before?: unknown; after?: unknown }) =>
    (!i.before ? "added" : !i.after ? "removed" : "changed") as "added" | "removed" | "changed";
  const items = [
    ...comparison.quotes.map((q) => ({
      ref: q.ref,
      label: `Quote: ${(q.after ?? q.before)!.speakerName}`,
      status: status(q),
      fields: q.fields,
    })),
    ...comparison.events.map((e) => ({
      ref: e.ref,
      label: `Event: ${(e.after ?? e.before)!.dateLabel}`,
      status: status(e),
      fields: e.fields,
    })),
    ...comparison.claims.map((c) => ({
      ref: c.ref,
      label: `Claim: ${(c.after ?? c.before)!.speakerName}`,
      status: status(c),
      fields: c.fields,
    })),
  ];
  const label = (r: typeof result.from) => `Revision ${r.number} (${r.author}, ${formatDay(r.savedAt)})`;
  return (
    <>
      <p className="meta">
        <Link href={`/desk/briefs/${id}/history`}>Back to the history</Link>
      </p>
      <h1>
        Revision {from} and revision {to}
      </h1>
      <DiffView fromLabel={label(result.from)} toLabel={label(result.to)} fields={comparison.fields} items={items} />
    </>
  );
}
