import { listApiBriefs } from "@/lib/api/read-briefs";
import { preflight, publicRoute } from "@/lib/api/route";

export const GET = publicRoute(({ query }) => listApiBriefs(query));
export const OPTIONS = preflight;
