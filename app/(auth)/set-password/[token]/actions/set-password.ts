"use server";

import { redirect } from "next/navigation";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { setPasswordWithToken } from "@/lib/users/set-password-with-token";

// Public: whoever holds the one-time link may use it once; there is no actor.
export async function setPasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await toActionState(formData, async () => {
    await setPasswordWithToken({
      token: formData.get("token"),
      password: formData.get("password"),
      confirmPassword: formData.get("confirmPassword"),
    });
  });
  if (state.status !== "ok") return state;
  redirect("/signin?notice=password-set");
}
