import { patchBriefInput } from "@/lib/api/edit-through-api";
import { tokenRoute } from "@/lib/api/route";
import { updateBrief } from "@/lib/briefs/update-brief";

export const PATCH = tokenRoute(updateBrief, { input: ({ actor, body, params }) => patchBriefInput(actor, params.id!, body) });
