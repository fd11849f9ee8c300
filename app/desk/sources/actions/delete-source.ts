"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { deleteSource } from "@/lib/sources/delete-source";

export async function deleteSourceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await toActionState(formData, async () => {
    const actor = await getActor();
    await deleteSource(actor, { sourceId: formData.get("sourceId") });
    revalidatePath("/desk/sources");
  });
  // The source's page is gone: back to the registry (outside toActionState, which
  // would take the redirect for an error).
  if (state.status === "ok") redirect("/desk/sources?deleted=1");
  return state;
}
