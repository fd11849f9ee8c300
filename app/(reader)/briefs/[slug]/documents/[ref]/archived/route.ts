// GET /briefs/:slug/documents/:ref/archived: the archived copy of a page a published
// brief cites, sandboxed (lib/capture/archived-copy.ts); nothing for any other document.
import { archivedCopyResponse, getPublishedArchivedCopy } from "@/lib/capture/archived-copy";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; ref: string }> }) {
  const { slug, ref } = await params;
  const copy = slug.length <= 200 && ref.length <= 64 ? await getPublishedArchivedCopy({ slug, ref }) : null;
  if (!copy) return new Response("Not found.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return archivedCopyResponse(copy, "public");
}
