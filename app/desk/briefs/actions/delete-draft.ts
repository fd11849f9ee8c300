"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { deleteDraft } from "@/lib/briefs/delete-draft";
import { toActionState, type ActionState } from "@/lib/forms/action-state";

export async function deleteDraftAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let deleted = false;
  const state = await toActionState(formData, async () => {
    const actor = await getActor();
    await deleteDraft(actor, { briefId: String(formData.get("briefId") ?? "") });
    deleted = true;
  });
  if (!deleted) return state;
  revalidatePath("/desk");
  redirect("/desk?deleted=1");
}
