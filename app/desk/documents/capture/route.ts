// POST /desk/documents/capture (url in a form body): captures a page for the document
// form, streaming its progress (lib/capture/capture-stream.ts). Session only: the
// proxy refuses it cross-origin; the use case checks the actor.
import { getActor } from "@/lib/auth/get-actor";
import { capturePage } from "@/lib/capture/capture-page";
import { captureStream } from "@/lib/capture/capture-stream";
import { loggerFor } from "@/lib/log";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const form = await request.formData().catch(() => new FormData());
  const actor = await getActor();
  return captureStream((options) => capturePage(actor, { url: form.get("url") }, options), request.signal, loggerFor(request));
}
