import { tokenRoute } from "@/lib/api/route";
import { captureDocument, isCaptureRequest } from "@/lib/capture/capture-document";
import { addDocument, type AddDocumentInput } from "@/lib/documents/add-document";

// with `url` and no `capturedText`, the server captures the page (lib/capture)
export const POST = tokenRoute(
  (actor, body: AddDocumentInput) => (isCaptureRequest(body) ? captureDocument(actor, body) : addDocument(actor, body)),
  { status: 201 },
);
