import { patchBriefInput } from "@/lib/api/edit-through-api";
import { tokenRoute } from "@/lib/api/route";
import { updateBrief } from "@/lib/briefs/update-brief";

export const PATCH = tokenRoute(async ({ actor, body, params }) => updateBrief(actor, await patchBriefInput(actor, params.id!, body)));
