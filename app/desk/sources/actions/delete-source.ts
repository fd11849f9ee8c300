"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { deleteSource } from "@/lib/sources/delete-source";

export const deleteSourceAction = deskAction(deleteSource, {
  fromForm: (form) => ({ sourceId: form.text("sourceId") }),
  revalidate: () => ["/desk/sources"],
  // The source's page is gone: back to the registry.
  redirect: () => "/desk/sources?deleted=1",
});
