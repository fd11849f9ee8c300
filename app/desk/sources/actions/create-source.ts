"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { sourceFromForm } from "@/lib/forms/form-inputs";
import { createSource } from "@/lib/sources/create-source";

export const createSourceAction = deskAction(createSource, {
  fromForm: sourceFromForm,
  revalidate: () => ["/desk/sources"],
  success: (source) => `${source.name} is added to the registry.`,
});
