"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { retireSource } from "@/lib/sources/retire-source";

export const retireSourceAction = deskAction(retireSource, {
  fromForm: (form) => ({ sourceId: form.text("sourceId") }),
  revalidate: (source) => ["/desk/sources", `/desk/sources/${source.id}`],
  success: (source) => `${source.name} is retired: it no longer appears in the list or the pickers.`,
});
