"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { withdrawBrief } from "@/lib/publishing/withdraw-brief";

export async function withdrawBriefAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    await withdrawBrief(actor, { briefId: formData.get("briefId"), reason: formData.get("reason") });
    revalidatePath("/", "layout");
    return "Withdrawn: readers now see the notice and your reason.";
  });
}
