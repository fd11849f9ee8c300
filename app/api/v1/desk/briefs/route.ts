import { tokenRoute } from "@/lib/api/route";
import { createBrief } from "@/lib/briefs/create-brief";

export const POST = tokenRoute(createBrief, { status: 201 });
