"use server";

import { getActor } from "@/lib/auth/get-actor";
import { updateBrief, type BriefConflictDetails, type SaveBriefState } from "@/lib/briefs/update-brief";
import { asAppError } from "@/lib/errors";
import { requestLogger } from "@/lib/log";

/** Saves the brief form; the client keeps its text whatever comes back. */
export async function saveBriefAction(input: unknown): Promise<SaveBriefState> {
  try {
    // inside the try: reading the actor is the first query, and the first to meet an outage
    const result = await updateBrief(await getActor(), input);
    // No revalidation: desk pages are rendered per request, and re-rendering this
    // editor mid-typing would only cost the editor their cursor.
    return { status: "saved", version: result.version, savedAt: result.savedAt, changed: result.saved, fields: result.fields };
  } catch (error) {
    const known = asAppError(error);
    if (known) {
      return { status: "error", message: known.message, fieldErrors: known.fieldErrors, conflict: known.code === "conflict" ? (known.details as BriefConflictDetails) : undefined };
    }
    (await requestLogger()).error({ err: error }, "Saving a brief failed");
    return { status: "error", message: "The brief could not be saved just now. Your text is still here; try again in a moment.", fieldErrors: {} };
  }
}
