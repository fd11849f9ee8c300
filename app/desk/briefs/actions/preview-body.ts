"use server";

import { getActor } from "@/lib/auth/get-actor";
import { previewBody } from "@/lib/briefs/preview-body";

export async function previewBodyAction(input: { briefId: string; body: string }) {
  return previewBody(await getActor(), input).catch(() => null);
}
