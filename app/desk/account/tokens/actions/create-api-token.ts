"use server";

import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { deskAction } from "@/lib/forms/desk-action";

export const createApiTokenAction = deskAction(createApiToken, {
  fromForm: (form) => ({ name: form.text("name"), expiresInDays: form.text("expiresInDays") }),
  revalidate: () => ["/desk/account/tokens"],
  success: (created) => ({ message: `Token “${created.name}” created. Copy it now: it is shown only once.`, secret: created.token }),
});
