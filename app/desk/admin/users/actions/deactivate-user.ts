"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { deactivateUser } from "@/lib/users/deactivate-user";

export async function deactivateUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const user = await deactivateUser(actor, { userId: formData.get("userId") });
    revalidatePath("/desk/admin/users");
    return `${user.name} is deactivated and signed out.`;
  });
}
