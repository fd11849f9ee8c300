"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { replyToComment } from "@/lib/review/reply-to-comment";

export async function replyToCommentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const result = await replyToComment(actor, { commentId: formData.get("commentId"), body: formData.get("body") });
    revalidatePath(`/desk/briefs/${result.briefId}`);
    revalidatePath(`/desk/briefs/${result.briefId}/review`);
    return "Reply added.";
  });
}
