"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { reactivateUser } from "@/lib/users/reactivate-user";

export const reactivateUserAction = deskAction(reactivateUser, {
  fromForm: (form) => ({ userId: form.text("userId") }),
  revalidate: () => ["/desk/admin/users"],
  success: (user) => `${user.name} is active again and can sign in.`,
});
