import { tokenRoute } from "@/lib/api/route";
import { addDocument } from "@/lib/documents/add-document";

export const POST = tokenRoute(addDocument, { status: 201 });
