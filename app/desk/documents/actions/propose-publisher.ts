"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionResult } from "@/lib/forms/action-result";
import { proposeSource } from "@/lib/sources/propose-source";

/** The document form's "Propose a new publisher": the source is proposed (unconfirmed) and handed back to be chosen. */
export async function proposePublisherAction(input: { name: string; kind: string; homepageUrl: string }) {
  return toActionResult(async () => {
    const source = await proposeSource(await getActor(), { name: input.name, kind: input.kind, homepageUrl: input.homepageUrl });
    revalidatePath("/desk/sources");
    return { id: source.id, name: source.name, kind: source.kind, confirmed: false };
  });
}
