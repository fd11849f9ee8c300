"use server";

import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { restoreRevision } from "@/lib/revisions/restore-revision";

export async function restoreRevisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const briefId = String(formData.get("briefId"));
  const state = await toActionState(formData, async () => {
    const actor = await getActor();
    await restoreRevision(actor, { briefId, number: formData.get("number"), baseVersion: formData.get("baseVersion") });
  });
  if (state.status === "ok") redirect(`/desk/briefs/${briefId}/history`);
  return state;
}
