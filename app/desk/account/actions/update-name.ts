"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { updateOwnName } from "@/lib/users/update-own-name";

export const updateNameAction = deskAction(updateOwnName, {
  fromForm: (form) => ({ name: form.text("name") }),
  // The desk header shows the name on every desk page.
  revalidate: () => [["/desk", "layout"]],
  // The saved (trimmed) name stays in the field after the form resets.
  success: ({ name }) => ({ message: "Your name is saved.", values: { name } }),
});
