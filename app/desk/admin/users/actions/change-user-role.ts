"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { changeUserRole, type ChangeUserRoleInput } from "@/lib/users/change-user-role";

export const changeUserRoleAction = deskAction(changeUserRole, {
  fromForm: (form) => ({ userId: form.text("userId"), role: form.choice<ChangeUserRoleInput["role"]>("role") }),
  revalidate: () => ["/desk/admin/users"],
  success: ({ user, changed }) =>
    changed ? `${user.name} is now ${article(user.role)}.` : `${user.name} is already ${article(user.role)}.`,
});

function article(role: string): string {
  return role === "admin" ? "an admin" : "an editor";
}
