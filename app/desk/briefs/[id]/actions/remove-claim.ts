"use server";

import { removeClaim } from "@/lib/claims/remove-claim";
import { deskAction } from "@/lib/forms/desk-action";

export const removeClaimAction = deskAction(removeClaim, {
  fromForm: (form) => ({ briefId: form.text("briefId"), claimId: form.text("claimId") }),
  revalidate: (_result, { briefId }) => [`/desk/briefs/${briefId}`, `/desk/briefs/${briefId}/items`],
  success: ({ ref }) => `Claim ${ref} removed.`,
});
