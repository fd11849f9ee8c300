"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { reopenComment, resolveComment } from "@/lib/review/resolve-comment";

export async function resolveCommentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const result = await resolveComment(actor, { commentId: formData.get("commentId") });
    revalidatePath(`/desk/briefs/${result.briefId}`);
    revalidatePath(`/desk/briefs/${result.briefId}/review`);
    return "Resolved.";
  });
}

export async function reopenCommentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return toActionState(formData, async () => {
    const actor = await getActor();
    const result = await reopenComment(actor, { commentId: formData.get("commentId") });
    revalidatePath(`/desk/briefs/${result.briefId}`);
    revalidatePath(`/desk/briefs/${result.briefId}/review`);
    return "Reopened.";
  });
}
