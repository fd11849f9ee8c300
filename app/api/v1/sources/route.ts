import { listApiSources } from "@/lib/api/read-registry";
import { preflight, publicRoute } from "@/lib/api/route";

export const GET = publicRoute(() => listApiSources());
export const OPTIONS = preflight;
