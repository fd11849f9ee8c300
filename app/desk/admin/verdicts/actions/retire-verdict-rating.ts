"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { setVerdictRatingRetired } from "@/lib/verdicts/retire-verdict-rating";

export const retireVerdictRatingAction = deskAction(setVerdictRatingRetired, {
  fromForm: (form) => ({ ratingId: form.text("ratingId"), retired: form.text("retire") === "true" }),
  revalidate: () => ["/desk/admin/verdicts", "/about"],
  success: (rating, { retired }) =>
    retired
      ? `“${rating.name}” retired: it stays on the claims that have it and can no longer be chosen.`
      : `“${rating.name}” can be chosen again.`,
});
