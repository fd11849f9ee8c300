"use server";

import { updateClaim } from "@/lib/claims/update-claim";
import { deskAction } from "@/lib/forms/desk-action";
import { claimFromForm } from "@/lib/forms/form-inputs";

export const updateClaimAction = deskAction(updateClaim, {
  fromForm: claimFromForm,
  revalidate: ({ claim }) => [`/desk/briefs/${claim.briefId}`, `/desk/briefs/${claim.briefId}/items`],
  success: ({ claim }) => `Claim ${claim.ref} saved.`,
});
