// POST /desk/documents/capture (url in a form body): captures a page for the document
// form, streaming its progress (lib/capture/capture-stream.ts). Session only: the
// proxy refuses it cross-origin; the use case checks the actor.
import { getActor } from "@/lib/auth/get-actor";
import { capturePage } from "@/lib/capture/capture-page";
import { captureStream } from "@/lib/capture/capture-stream";
import { loggerFor } from "@/lib/log";

export const dynamic = "force-dynamic";

/** The form holds one address: anything much larger is not this form. */
const MAX_BODY_BYTES = 16 * 1024;

export async function POST(request: Request) {
  if (Number(request.headers.get("content-length") ?? MAX_BODY_BYTES + 1) > MAX_BODY_BYTES) {
    return new Response("Send one web address.", { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const form = await request.formData().catch(() => new FormData());
  const actor = await getActor();
  return captureStream(
    (options) => capturePage(actor, { url: String(form.get("url") ?? "") }, options),
    request.signal,
    loggerFor(request),
  );
}
