// The desk's capture, as a stream the document form reads while it waits: one JSON
// line per stage ("fetching", "extracting", "saving"), then the proposal or the error
// (a sentence for the address field). The request's abort (the editor's "Cancel")
// stops the fetch and the reading.
import { asAppError } from "@/lib/errors";
import type { Logger } from "@/lib/log";
import type { CaptureOptions, CaptureProposal, CaptureStage } from "./capture-page";

export type CaptureMessage =
  { stage: CaptureStage } | { proposal: CaptureProposal } | { error: string; fieldErrors: Record<string, string[]> };

export const CAPTURE_FAILED = "The page could not be captured. Nothing was saved; try again, or paste its text.";

/** Streams `capture` (capturePage, given the stage callback and the request's abort signal). */
export function captureStream(capture: (options: CaptureOptions) => Promise<CaptureProposal>, signal: AbortSignal, log: Logger): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: CaptureMessage) => {
        if (!signal.aborted) controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`));
      };
      try {
        send({ proposal: await capture({ signal, onStage: (stage) => send({ stage }) }) });
      } catch (error) {
        const known = asAppError(error);
        if (!known) log.error({ err: error }, "capturing a page failed");
        send(
          known
            ? { error: known.message, fieldErrors: known.fieldErrors }
            : { error: CAPTURE_FAILED, fieldErrors: { url: [CAPTURE_FAILED] } },
        );
      }
      controller.close();
    },
  });
  return new Response(body, {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
}
