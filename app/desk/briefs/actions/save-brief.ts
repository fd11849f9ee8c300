"use server";

import { updateBrief, type BriefConflictDetails } from "@/lib/briefs/update-brief";
import { deskCall } from "@/lib/forms/desk-action";

/** Saves the brief form; the client keeps its text whatever comes back. */
export const saveBriefAction = deskCall(updateBrief, {
  // No revalidation: desk pages are rendered per request, and re-rendering this
  // editor mid-typing would only cost the editor their cursor.
  success: (result) => ({
    status: "saved" as const,
    version: result.version,
    savedAt: result.savedAt,
    changed: result.saved,
    fields: result.fields,
  }),
  conflict: (error) => error.details as BriefConflictDetails,
  unexpected: "The brief could not be saved just now. Your text is still here; try again in a moment.",
});
