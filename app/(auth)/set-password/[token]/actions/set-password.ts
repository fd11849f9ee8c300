"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { setPasswordWithToken } from "@/lib/users/set-password-with-token";

// Public: whoever holds the one-time link may use it once; there is no actor.
export const setPasswordAction = deskAction((_anyone, input: Parameters<typeof setPasswordWithToken>[0]) => setPasswordWithToken(input), {
  anonymous: true,
  fromForm: (form) => ({ token: form.text("token"), password: form.text("password"), confirmPassword: form.text("confirmPassword") }),
  redirect: () => "/signin?notice=password-set",
});
