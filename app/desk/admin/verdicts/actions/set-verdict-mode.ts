"use server";

import { deskAction } from "@/lib/forms/desk-action";
import { setVerdictMode, type SetVerdictModeInput } from "@/lib/verdicts/set-verdict-mode";

export const setVerdictModeAction = deskAction(setVerdictMode, {
  fromForm: (form) => form.choice<SetVerdictModeInput>("mode"),
  revalidate: () => ["/desk/admin/verdicts", "/about"],
  success: (mode) => (mode === "scale" ? "Claims now get a rating of the scale." : "Claims now get a written conclusion and no rating."),
});
