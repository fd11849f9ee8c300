"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { changeOwnPassword } from "@/lib/users/change-own-password";

export const changePasswordAction = deskAction(changeOwnPassword, {
  fromForm: (form) => ({
    currentPassword: form.text("currentPassword"),
    newPassword: form.text("newPassword"),
    confirmPassword: form.text("confirmPassword"),
  }),
  // The change ended this session too: drop cached desk pages and sign in again.
  revalidate: () => [["/desk", "layout"]],
  redirect: () => "/signin?notice=password-changed",
});
