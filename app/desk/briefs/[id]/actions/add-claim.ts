"use server";

import { addClaim } from "@/lib/claims/add-claim";
import { deskAction } from "@/lib/forms/desk-action";
import { claimFromForm } from "@/lib/forms/form-inputs";

export const addClaimAction = deskAction(addClaim, {
  fromForm: claimFromForm,
  revalidate: ({ claim }) => [`/desk/briefs/${claim.briefId}`, `/desk/briefs/${claim.briefId}/items`],
  success: ({ claim }) => `Claim ${claim.ref} added.`,
});
