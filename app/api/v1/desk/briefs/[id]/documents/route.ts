import { withPath } from "@/lib/api/edit-through-api";
import { tokenRoute } from "@/lib/api/route";
import { attachDocument } from "@/lib/documents/attach-document";

export const POST = tokenRoute(attachDocument, {
  input: ({ body, params }) => withPath(body, { briefId: params.id! }),
  answer: (ref, input) => ({ documentId: input.documentId, ref }),
});
