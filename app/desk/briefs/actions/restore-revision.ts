"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { restoreRevision } from "@/lib/revisions/restore-revision";

export const restoreRevisionAction = deskAction(restoreRevision, {
  fromForm: (form) => ({ briefId: form.text("briefId"), number: form.text("number"), baseVersion: form.text("baseVersion") }),
  redirect: (_result, { briefId }) => `/desk/briefs/${briefId}/history`,
});
