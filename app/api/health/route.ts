import { healthResponse } from "@/lib/ops/health-responses";

export const dynamic = "force-dynamic";

/** For load balancers: the process is alive. */
export async function GET() {
  return healthResponse();
}
