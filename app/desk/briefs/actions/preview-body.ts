"use server";

import { previewBody } from "@/lib/briefs/preview-body";
import { deskCall } from "@/lib/forms/desk-action";

/** The live preview beside the Body field; a failure says so, and the editor keeps the last preview. */
export const previewBodyAction = deskCall(previewBody, { success: (preview) => ({ status: "ok" as const, ...preview }) });
