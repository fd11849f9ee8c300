import { openApiDocument } from "@/lib/api/openapi-document";
import { preflight, publicRoute } from "@/lib/api/route";

export const GET = publicRoute(async () => ({ body: openApiDocument() }));
export const OPTIONS = preflight;
