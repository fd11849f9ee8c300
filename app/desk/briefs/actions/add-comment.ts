"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { addComment } from "@/lib/review/add-comment";

/** The form's one "about" choice: `brief`, `quote:q1`, `event:e2` or `body`. */
export const addCommentAction = deskAction(addComment, {
  fromForm: (form) => {
    const [itemKind, itemRef] = form.text("about").split(":");
    return {
      briefId: form.text("briefId"),
      reviewId: form.optional("reviewId"),
      itemKind: itemKind as never,
      itemRef,
      anchorText: form.optional("anchorText"),
      body: form.text("body"),
    };
  },
  revalidate: ({ briefId }) => [`/desk/briefs/${briefId}`, `/desk/briefs/${briefId}/review`],
  success: () => "Comment added.",
});
