import { readinessResponse } from "@/lib/ops/health-responses";

export const dynamic = "force-dynamic";

/** For load balancers: the database answers and every migration is applied. */
export async function GET(request: Request) {
  return readinessResponse(request);
}
