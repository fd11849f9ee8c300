"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { baseUpdatedAtFromForm, sourceFromForm } from "@/lib/forms/form-inputs";
import { updateSource } from "@/lib/sources/update-source";

export const updateSourceAction = deskAction(updateSource, {
  fromForm: (form) => ({ sourceId: form.text("sourceId"), baseUpdatedAt: baseUpdatedAtFromForm(form), ...sourceFromForm(form) }),
  revalidate: ({ source }) => ["/desk/sources", `/desk/sources/${source.id}`],
  success: ({ source, changed }) => (changed.length > 0 ? `${source.name} is saved.` : "Nothing to save: no field was changed."),
});
