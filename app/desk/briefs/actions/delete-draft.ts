"use server";

import { deleteDraft } from "@/lib/briefs/delete-draft";
import { deskAction } from "@/lib/forms/desk-action";

export const deleteDraftAction = deskAction(deleteDraft, {
  fromForm: (form) => ({ briefId: form.text("briefId") }),
  revalidate: () => ["/desk"],
  redirect: () => "/desk?deleted=1",
});
