"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { deleteVerdictRating } from "@/lib/verdicts/delete-verdict-rating";

export const deleteVerdictRatingAction = deskAction(deleteVerdictRating, {
  fromForm: (form) => ({ ratingId: form.text("ratingId") }),
  revalidate: () => ["/desk/admin/verdicts", "/about"],
  success: (rating) => `“${rating.name}” deleted.`,
});
