import { withPath } from "@/lib/api/edit-through-api";
import { tokenRoute } from "@/lib/api/route";
import { approveReview, requestChanges, type ApproveReviewInput, type RequestChangesInput } from "@/lib/review/decide-review";

type DecisionInput = ApproveReviewInput & RequestChangesInput & { decision?: "approve" | "request_changes" };

export const POST = tokenRoute(
  (actor, input: DecisionInput) => (input.decision === "request_changes" ? requestChanges(actor, input) : approveReview(actor, input)),
  { input: ({ body, params }) => withPath(body, { reviewId: params.id! }) },
);
