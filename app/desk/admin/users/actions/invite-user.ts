"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { inviteUser, type InviteUserInput } from "@/lib/users/invite-user";

export const inviteUserAction = deskAction(inviteUser, {
  fromForm: (form) => ({
    name: form.text("name"),
    email: form.text("email"),
    role: form.choice<NonNullable<InviteUserInput["role"]>>("role"),
  }),
  revalidate: () => ["/desk/admin/users"],
  success: ({ user, link }) => ({
    message: `${user.name} is invited. Send them this link to set their password: it works once.`,
    link: { url: link.url, expiresAt: link.expiresAt.toISOString() },
  }),
});
