import { revalidatePath } from "next/cache";
import { withPath } from "@/lib/api/edit-through-api";
import { tokenRoute } from "@/lib/api/route";
import { publishBrief } from "@/lib/publishing/publish-brief";

export const POST = tokenRoute(async ({ actor, body, params }) => {
  const published = await publishBrief(actor, withPath(body, { briefId: params.id! }));
  revalidatePath("/", "layout");
  return published;
});
