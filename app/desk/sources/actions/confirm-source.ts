"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { baseUpdatedAtFromForm, sourceFromForm } from "@/lib/forms/form-inputs";
import { confirmSource } from "@/lib/sources/confirm-source";

/** Confirms a proposed source with the fields as the admin left them in the form. */
export const confirmSourceAction = deskAction(confirmSource, {
  fromForm: (form) => ({ sourceId: form.text("sourceId"), baseUpdatedAt: baseUpdatedAtFromForm(form), fields: sourceFromForm(form) }),
  revalidate: ({ source }) => ["/desk/sources", `/desk/sources/${source.id}`],
  success: ({ source }) => `${source.name} is confirmed.`,
});
