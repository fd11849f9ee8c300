"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { deactivateUser } from "@/lib/users/deactivate-user";

export const deactivateUserAction = deskAction(deactivateUser, {
  fromForm: (form) => ({ userId: form.text("userId") }),
  revalidate: () => ["/desk/admin/users"],
  success: (user) => `${user.name} is deactivated and signed out.`,
});
