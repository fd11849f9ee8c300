"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { changeOwnPassword } from "@/lib/users/change-own-password";

export async function changePasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await toActionState(formData, async () => {
    const actor = await getActor();
    await changeOwnPassword(actor, {
      currentPassword: formData.get("currentPassword"),
      newPassword: formData.get("newPassword"),
      confirmPassword: formData.get("confirmPassword"),
    });
  });
  if (state.status !== "ok") return state;
  // The change ended this session too: drop cached desk pages and sign in again.
  revalidatePath("/desk", "layout");
  redirect("/signin?notice=password-changed");
}
