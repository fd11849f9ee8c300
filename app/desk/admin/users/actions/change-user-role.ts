"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { changeUserRole } from "@/lib/users/change-user-role";

export async function changeUserRoleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const { user, changed } = await changeUserRole(actor, {
      userId: formData.get("userId"),
      role: formData.get("role"),
    });
    revalidatePath("/desk/admin/users");
    return changed ? `${user.name} is now ${article(user.role)}.` : `${user.name} is already ${article(user.role)}.`;
  });
}

function article(role: string): string {
  return role === "admin" ? "an admin" : "an editor";
}
