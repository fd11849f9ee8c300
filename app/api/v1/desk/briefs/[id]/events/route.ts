import { withPath } from "@/lib/api/edit-through-api";
import { tokenRoute } from "@/lib/api/route";
import { addEvent } from "@/lib/events/add-event";

export const POST = tokenRoute(addEvent, { input: ({ body, params }) => withPath(body, { briefId: params.id! }), status: 201 });
