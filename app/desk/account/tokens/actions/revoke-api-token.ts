"use server";

import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { deskAction } from "@/lib/forms/desk-action";

export const revokeApiTokenAction = deskAction(revokeApiToken, {
  fromForm: (form) => ({ tokenId: form.text("tokenId") }),
  revalidate: () => ["/desk/account/tokens"],
  success: () => "The token is revoked: it no longer works.",
});
