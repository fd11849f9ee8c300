"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { proposalFromForm } from "@/lib/forms/form-inputs";
import { proposeSource } from "@/lib/sources/propose-source";

export const proposeSourceAction = deskAction(proposeSource, {
  fromForm: proposalFromForm,
  revalidate: () => ["/desk/sources"],
  success: (source) => `${source.name} is proposed. You can cite it now; it is marked Unconfirmed until an admin confirms it.`,
});
