"use server";

import { acceptCandidate } from "@/lib/extraction/decide-candidate";
import { deskAction } from "@/lib/forms/desk-action";
import { candidateFromForm } from "@/lib/forms/form-inputs";

export const acceptCandidateAction = deskAction(acceptCandidate, {
  fromForm: candidateFromForm,
  revalidate: (_decision, { briefId }) => [[`/desk/briefs/${briefId}`, "layout"]],
  success: ({ kind, itemRef }) =>
    kind === "source"
      ? "Proposed as a new source: it stays unconfirmed until an admin confirms it."
      : `Added as ${itemRef}: cite it in the body as [@${itemRef}].`,
});
