"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { proposeCapturedSource } from "@/lib/capture/propose-captured-source";
import { asAppError } from "@/lib/errors";
import { requestLogger } from "@/lib/log";

/** Called by the capture component (not a form): answers the new source, or a sentence to show. */
export async function proposeCapturedSourceAction(captureId: string): Promise<{ id: string; name: string } | { error: string }> {
  try {
    const source = await proposeCapturedSource(await getActor(), { captureId });
    revalidatePath("/desk/sources");
    return source;
  } catch (error) {
    const known = asAppError(error);
    if (!known) (await requestLogger()).error({ err: error }, "proposing a source from a capture failed");
    return { error: known?.message ?? "The source could not be proposed. Choose the publisher from the list instead." };
  }
}
