"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { captureAgain } from "@/lib/capture/capture-again";
import { toActionState, type ActionState } from "@/lib/forms/action-state";

export async function captureAgainAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let target: string | undefined;
  const state = await toActionState(formData, async () => {
    const actor = await getActor();
    const next = await captureAgain(actor, { documentId: formData.get("documentId") });
    revalidatePath("/desk/documents");
    target = `/desk/documents/${next.id}`;
  });
  if (target) redirect(target);
  return state;
}
