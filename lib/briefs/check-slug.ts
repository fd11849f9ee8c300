// "Checked as you type": the slug a title suggests, and whether a slug is free.
import { inTransaction } from "@/lib/db/transaction";
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { slugTaken } from "./brief-fields";
import { briefFieldsSchema } from "./schemas";
import { slugify } from "@/lib/text/slug";

export const checkSlugSchema = z.object({
  slug: z.string().max(200).optional(),
  title: z.string().max(200).optional(),
  briefId: z.string().optional(),
});

export type CheckSlugInput = UseCaseInput<typeof checkSlugSchema>;
export type CheckSlugResult = { slug: string; available: boolean; problem?: string };

export async function checkSlug(actor: Actor | null, input: CheckSlugInput, tx?: Tx): Promise<CheckSlugResult> {
  return inTransaction(tx, async (tx) => {
    await authorize(tx, actor, "desk.use");
    const data = parseInput(checkSlugSchema, input);
    const slug = data.slug ?? slugify(data.title ?? "", "brief");
    const shape = briefFieldsSchema.shape.slug.safeParse(slug);
    if (!shape.success) return { slug, available: false, problem: shape.error.issues[0]?.message };
    const taken = await slugTaken(tx, slug, data.briefId);
    return { slug, available: !taken, problem: taken ? "Another brief already uses this slug." : undefined };
  });
}
