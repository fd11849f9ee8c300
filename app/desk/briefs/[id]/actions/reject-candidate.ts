"use server";

import { rejectCandidate } from "@/lib/extraction/decide-candidate";
import { deskAction } from "@/lib/forms/desk-action";
import { candidateFromForm } from "@/lib/forms/form-inputs";

export const rejectCandidateAction = deskAction(rejectCandidate, {
  fromForm: candidateFromForm,
  revalidate: (_decision, { briefId, documentId }) => [`/desk/briefs/${briefId}/documents/${documentId}/candidates`],
  success: () => "Rejected: it will not be proposed again.",
});
