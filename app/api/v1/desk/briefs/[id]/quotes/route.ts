import { withPath } from "@/lib/api/edit-through-api";
import { tokenRoute } from "@/lib/api/route";
import { addQuote } from "@/lib/quotes/add-quote";

export const POST = tokenRoute(addQuote, { input: ({ body, params }) => withPath(body, { briefId: params.id! }), status: 201 });
