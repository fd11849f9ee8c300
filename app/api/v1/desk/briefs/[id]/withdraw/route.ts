import { withPath } from "@/lib/api/edit-through-api";
import { tokenRoute } from "@/lib/api/route";
import { withdrawBrief } from "@/lib/publishing/withdraw-brief";

export const POST = tokenRoute(withdrawBrief, {
  input: ({ body, params }) => withPath(body, { briefId: params.id! }),
  revalidate: () => [["/", "layout"]],
});
