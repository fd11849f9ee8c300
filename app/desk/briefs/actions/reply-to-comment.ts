"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { replyToComment } from "@/lib/review/reply-to-comment";

export const replyToCommentAction = deskAction(replyToComment, {
  fromForm: (form) => ({ commentId: form.text("commentId"), body: form.text("body") }),
  revalidate: ({ briefId }) => [`/desk/briefs/${briefId}`, `/desk/briefs/${briefId}/review`],
  success: () => "Reply added.",
});
