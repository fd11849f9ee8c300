"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { issuePasswordReset } from "@/lib/users/issue-password-reset";

export async function issuePasswordResetAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const { user, link } = await issuePasswordReset(actor, { userId: formData.get("userId") });
    revalidatePath("/desk/admin/users");
    return {
      message: `Reset link for ${user.name}. Send it to them: it works once, and earlier reset links no longer work.`,
      link: { url: link.url, expiresAt: link.expiresAt.toISOString() },
    };
  });
}
