"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { inviteUser } from "@/lib/users/invite-user";

export async function inviteUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const { user, link } = await inviteUser(actor, {
      name: formData.get("name"),
      email: formData.get("email"),
      role: formData.get("role"),
    });
    revalidatePath("/desk/admin/users");
    return {
      message: `${user.name} is invited. Send them this link to set their password: it works once.`,
      link: { url: link.url, expiresAt: link.expiresAt.toISOString() },
    };
  });
}
