"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { setAllowSelfApproval } from "@/lib/review/settings";

export async function setAllowSelfApprovalAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const { allowSelfApproval } = await setAllowSelfApproval(actor, formData.get("allowSelfApproval") === "on");
    revalidatePath("/desk", "layout");
    return allowSelfApproval
      ? "Self-approval is on: an editor may approve their own brief, and readers are told so."
      : "Self-approval is off: every brief needs a second editor.";
  });
}
