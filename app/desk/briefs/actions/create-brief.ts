"use server";

import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { createBrief } from "@/lib/briefs/create-brief";
import { toActionState, type ActionState } from "@/lib/forms/action-state";

export async function createBriefAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let id: string | undefined;
  const state = await toActionState(formData, async () => {
    const actor = await getActor();
    ({ id } = await createBrief(actor, {
      title: formData.get("title"),
      slug: formData.get("slug"),
      summary: formData.get("summary") ?? "",
      body: formData.get("body") ?? "",
      topics: String(formData.get("topics") ?? ""),
    }));
  });
  if (id) redirect(`/desk/briefs/${id}`);
  return state;
}
