import { withBaseVersion } from "@/lib/api/edit-through-api";
import { tokenRoute } from "@/lib/api/route";
import { submitForReview } from "@/lib/review/submit-for-review";

export const POST = tokenRoute(submitForReview, { input: ({ body, params }) => withBaseVersion(body, { briefId: params.id! }) });
