"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { restoreSource } from "@/lib/sources/restore-source";

export const restoreSourceAction = deskAction(restoreSource, {
  fromForm: (form) => ({ sourceId: form.text("sourceId") }),
  revalidate: (source) => ["/desk/sources", `/desk/sources/${source.id}`],
  success: (source) => `${source.name} is restored: it is back in the list and the pickers.`,
});
