import { listApiTopics } from "@/lib/api/read-registry";
import { preflight, publicRoute } from "@/lib/api/route";

export const GET = publicRoute(() => listApiTopics());
export const OPTIONS = preflight;
