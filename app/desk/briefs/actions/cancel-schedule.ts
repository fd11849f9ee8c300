"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { cancelSchedule } from "@/lib/publishing/cancel-schedule";

export async function cancelScheduleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    await cancelSchedule(actor, { briefId: formData.get("briefId") });
    revalidatePath("/", "layout");
    return "Schedule cancelled: nothing was shown to readers.";
  });
}
