import { revalidatePath } from "next/cache";
import { withPath } from "@/lib/api/edit-through-api";
import { tokenRoute } from "@/lib/api/route";
import { withdrawBrief } from "@/lib/publishing/withdraw-brief";

export const POST = tokenRoute(async ({ actor, body, params }) => {
  const withdrawn = await withdrawBrief(actor, withPath(body, { briefId: params.id! }));
  revalidatePath("/", "layout");
  return withdrawn;
});
