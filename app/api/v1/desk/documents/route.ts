import { tokenRoute } from "@/lib/api/route";
import { addDocument } from "@/lib/documents/add-document";

export const POST = tokenRoute(({ actor, body }) => addDocument(actor, body), { status: 201 });
