import { withPath } from "@/lib/api/edit-through-api";
import { tokenRoute } from "@/lib/api/route";
import { approveReview, requestChanges } from "@/lib/review/decide-review";

export const POST = tokenRoute(({ actor, body, params }) => {
  const input = withPath(body, { reviewId: params.id! });
  return input.decision === "request_changes" ? requestChanges(actor, input) : approveReview(actor, input);
});
