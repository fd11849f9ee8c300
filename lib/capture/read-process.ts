// The separate process that reads a big captured page (started by read-captured-page.ts
// with `node --import tsx`), so that parsing megabytes of HTML holds this process's
// event loop and memory, not the server's. Input on stdin: { body, contentType, url }.
// Output on stdout: one JSON line { reading, peakMemoryMb }.
import { readPage } from "./read-page";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function main() {
  const { body, contentType, url } = JSON.parse(await readStdin()) as { body: string; contentType: string; url: string };
  const reading = readPage(body, contentType, url);
  process.stdout.write(`${JSON.stringify({ reading, peakMemoryMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
