"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { moveVerdictRating } from "@/lib/verdicts/move-verdict-rating";

export const moveVerdictRatingAction = deskAction(moveVerdictRating, {
  fromForm: (form) => ({ ratingId: form.text("ratingId"), direction: form.choice<"up" | "down">("direction") }),
  revalidate: () => ["/desk/admin/verdicts", "/about"],
  success: (rating) => `“${rating.name}” moved.`,
});
