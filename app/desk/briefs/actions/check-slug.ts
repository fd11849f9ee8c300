"use server";

import { getActor } from "@/lib/auth/get-actor";
import { checkSlug } from "@/lib/briefs/check-slug";

export async function checkSlugAction(input: { slug?: string; title?: string; briefId?: string }) {
  return checkSlug(await getActor(), input).catch(() => null);
}
