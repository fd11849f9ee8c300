"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { issuePasswordReset } from "@/lib/users/issue-password-reset";

export const issuePasswordResetAction = deskAction(issuePasswordReset, {
  fromForm: (form) => ({ userId: form.text("userId") }),
  revalidate: () => ["/desk/admin/users"],
  success: ({ user, link }) => ({
    message: `Reset link for ${user.name}. Send it to them: it works once, and earlier reset links no longer work.`,
    link: { url: link.url, expiresAt: link.expiresAt.toISOString() },
  }),
});
