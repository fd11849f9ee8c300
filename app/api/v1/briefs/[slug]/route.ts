import { loadApiBrief, storedApiBrief } from "@/lib/api/stored-brief-json";
import { preflight, publicRoute } from "@/lib/api/route";

export const GET = publicRoute(({ params }) => loadApiBrief(params.slug!), { stored: ({ params }) => storedApiBrief(params.slug!) });
export const OPTIONS = preflight;
