"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { reopenComment, resolveComment } from "@/lib/review/resolve-comment";

export const resolveCommentAction = deskAction(resolveComment, {
  fromForm: (form) => ({ commentId: form.text("commentId") }),
  revalidate: ({ briefId }) => [`/desk/briefs/${briefId}`, `/desk/briefs/${briefId}/review`],
  success: () => "Resolved.",
});

export const reopenCommentAction = deskAction(reopenComment, {
  fromForm: (form) => ({ commentId: form.text("commentId") }),
  revalidate: ({ briefId }) => [`/desk/briefs/${briefId}`, `/desk/briefs/${briefId}/review`],
  success: () => "Reopened.",
});
