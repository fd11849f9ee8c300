"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { reactivateUser } from "@/lib/users/reactivate-user";

export async function reactivateUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const user = await reactivateUser(actor, { userId: formData.get("userId") });
    revalidatePath("/desk/admin/users");
    return `${user.name} is active again and can sign in.`;
  });
}
