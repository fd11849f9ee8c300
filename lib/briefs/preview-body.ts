// The live preview beside the Body field: rendered exactly as readers will see it,
// with markers that point at nothing shown as errors and listed.
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { parseInput } from "@/lib/validation";
import { unresolvedCitations } from "./citations";
import { renderBody } from "./render-body";

const previewSchema = z.object({ briefId: z.string().min(1), body: z.string().max(100_000) });

export async function briefRefs(briefId: string): Promise<Set<string>> {
  const [quotes, events, documents] = await Promise.all([
    db().quote.findMany({ where: { briefId }, select: { ref: true } }),
    db().event.findMany({ where: { briefId }, select: { ref: true } }),
    db().briefDocument.findMany({ where: { briefId }, select: { ref: true } }),
  ]);
  return new Set([...quotes, ...events, ...documents].map((r) => r.ref));
}

export async function previewBody(actor: Actor | null, input: unknown): Promise<{ html: string; unresolved: string[] }> {
  await db().$transaction((tx) => authorize(tx, actor, "desk.use"));
  const data = parseInput(previewSchema, input);
  const refs = await briefRefs(data.briefId);
  return { html: renderBody(data.body, refs), unresolved: unresolvedCitations(data.body, refs) };
}
