import { getApiBrief } from "@/lib/api/read-briefs";
import { preflight, publicRoute } from "@/lib/api/route";

export const GET = publicRoute(({ params }) => getApiBrief(params.slug!));
export const OPTIONS = preflight;
