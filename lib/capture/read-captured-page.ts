// Reads a fetched page within limits: a small page in this process (a few
// milliseconds), a big one in a separate process (lib/capture/read-process.ts) with a
// time and memory limit, killed if the capture is cancelled. Either way the page is
// at most 5 MB (fetch-page.ts).
import { spawn } from "node:child_process";
import { join } from "node:path";
import { CaptureError } from "./capture-error";
import { decoderFor, type FetchedPage } from "./fetch-page";
import { readPage, type PageReading } from "./read-page";
import { workerProcessEnv } from "@/lib/env";

/** Pages larger than this are read in a separate process. */
export const INLINE_READ_BYTES = 64 * 1024;
export const READ_TIME_LIMIT_MS = 20_000;
const MEMORY_LIMIT_MB = 512;

const UNREADABLE = "The page was fetched but its text could not be read: paste its text instead.";

/** The page's body as text, decoded with the charset it was fetched with. */
export function pageText(page: Pick<FetchedPage, "body" | "charset">): string {
  return decoderFor(page.charset).decoder.decode(page.body);
}

export async function readCapturedPage(page: FetchedPage, signal?: AbortSignal): Promise<PageReading> {
  const body = pageText(page);
  if (page.body.length <= INLINE_READ_BYTES) return readPage(body, page.contentType, page.finalUrl);
  const outcome = await readInProcess({ body, contentType: page.contentType, url: page.finalUrl }, signal);
  if ("reading" in outcome) return outcome.reading;
  throw new CaptureError(outcome.error);
}

/** Runs read-process.ts on the page (exported for `npm run bench`). */
export function readInProcess(
  input: { body: string; contentType: string; url: string },
  signal?: AbortSignal,
): Promise<{ reading: PageReading; peakMemoryMb: number } | { error: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${MEMORY_LIMIT_MB}`, "--import", "tsx", join(process.cwd(), "lib/capture/read-process.ts")],
      {
        cwd: process.cwd(),
        stdio: ["pipe", "pipe", "pipe"],
        env: workerProcessEnv(),
      },
    );
    let out = "";
    let cancelled = false;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, READ_TIME_LIMIT_MS);
    const cancel = () => {
      cancelled = true;
      child.kill("SIGKILL");
    };
    signal?.addEventListener("abort", cancel, { once: true });
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
    });
    child.stderr.resume();
    child.stdin.on("error", () => undefined); // a killed child closes its stdin
    child.on("close", (code) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", cancel);
      if (cancelled) return resolve({ error: "The capture was cancelled." });
      if (timedOut)
        return resolve({ error: `Reading the page took longer than ${READ_TIME_LIMIT_MS / 1000} seconds: paste its text instead.` });
      try {
        if (code === 0) return resolve(JSON.parse(out) as { reading: PageReading; peakMemoryMb: number });
      } catch {
        /* fall through */
      }
      resolve({ error: UNREADABLE });
    });
    child.stdin.end(JSON.stringify(input));
  });
}
