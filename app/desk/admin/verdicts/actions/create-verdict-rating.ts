"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { ratingFromForm } from "@/lib/forms/form-inputs";
import { createVerdictRating } from "@/lib/verdicts/create-verdict-rating";

export const createVerdictRatingAction = deskAction(createVerdictRating, {
  fromForm: ratingFromForm,
  revalidate: () => ["/desk/admin/verdicts", "/about"],
  success: (rating) => `“${rating.name}” added to the scale.`,
});
