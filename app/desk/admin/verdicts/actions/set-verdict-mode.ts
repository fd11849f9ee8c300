"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { setVerdictMode } from "@/lib/verdicts/set-verdict-mode";

export async function setVerdictModeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const mode = await setVerdictMode(actor, formData.get("mode"));
    const message = mode === "scale" ? "Claims now get a rating of the scale." : "Claims now get a written conclusion and no rating.";
    revalidatePath("/desk/admin/verdicts");
    revalidatePath("/about");
    return message;
  });
}
