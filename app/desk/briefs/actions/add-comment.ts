"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { addComment } from "@/lib/review/add-comment";

/** The form's one "about" choice: `brief`, `quote:q1`, `event:e2` or `body`. */
export async function addCommentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const [itemKind, itemRef] = String(formData.get("about") ?? "").split(":");
  return toActionState(formData, async () => {
    const actor = await getActor();
    const result = await addComment(actor, {
      briefId: formData.get("briefId"), reviewId: formData.get("reviewId"), itemKind, itemRef,
      anchorText: formData.get("anchorText"), body: formData.get("body"),
    });
    revalidatePath(`/desk/briefs/${result.briefId}`);
    revalidatePath(`/desk/briefs/${result.briefId}/review`);
    return "Comment added.";
  });
}
