import { withPath } from "@/lib/api/edit-through-api";
import { tokenRoute } from "@/lib/api/route";
import { publishBrief } from "@/lib/publishing/publish-brief";

export const POST = tokenRoute(publishBrief, {
  input: ({ body, params }) => withPath(body, { briefId: params.id! }),
  revalidate: () => [["/", "layout"]],
});
