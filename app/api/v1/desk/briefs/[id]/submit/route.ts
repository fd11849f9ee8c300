import { withBaseVersion } from "@/lib/api/edit-through-api";
import { tokenRoute } from "@/lib/api/route";
import { submitForReview } from "@/lib/review/submit-for-review";

export const POST = tokenRoute(({ actor, body, params }) => submitForReview(actor, withBaseVersion(body, { briefId: params.id! })));
