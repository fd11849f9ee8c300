"use server";

import { captureAgain } from "@/lib/capture/capture-again";
import { deskAction } from "@/lib/forms/desk-action";

export const captureAgainAction = deskAction(captureAgain, {
  fromForm: (form) => ({ documentId: form.text("documentId") }),
  revalidate: () => ["/desk/documents"],
  redirect: (next) => `/desk/documents/${next.id}`,
});
