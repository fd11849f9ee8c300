"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { ratingFromForm } from "@/lib/forms/form-inputs";
import { updateVerdictRating } from "@/lib/verdicts/update-verdict-rating";

export const updateVerdictRatingAction = deskAction(updateVerdictRating, {
  fromForm: ratingFromForm,
  revalidate: () => ["/desk/admin/verdicts", "/about"],
  success: (rating) => `“${rating.name}” saved. Published verdicts keep the words they were published with.`,
});
