// GET /desk/documents/:id/archived: the page as it was captured, sandboxed (lib/capture/archived-copy.ts).
import { getActor } from "@/lib/auth/get-actor";
import { archivedCopyResponse, getArchivedCopy } from "@/lib/capture/archived-copy";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor)
    return new Response("Sign in to see archived copies.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const copy = await getArchivedCopy(actor, (await params).id);
  if (!copy)
    return new Response("This document has no archived copy.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return archivedCopyResponse(copy, "private");
}
