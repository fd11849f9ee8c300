import { withPath } from "@/lib/api/edit-through-api";
import { tokenRoute } from "@/lib/api/route";
import { attachDocument } from "@/lib/documents/attach-document";

export const POST = tokenRoute(async ({ actor, body, params }) => {
  const input = withPath(body, { briefId: params.id! });
  return { documentId: input.documentId, ref: await attachDocument(actor, input) };
});
