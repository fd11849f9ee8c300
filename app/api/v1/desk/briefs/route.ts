import { tokenRoute } from "@/lib/api/route";
import { createBrief } from "@/lib/briefs/create-brief";

export const POST = tokenRoute(({ actor, body }) => createBrief(actor, body), { status: 201 });
